package org.aibyhand.app;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TablePosition;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.eval.CellLook;
import org.aibyhand.engine.book.format.SheetFormat;
import org.aibyhand.engine.function.DisplayFormat;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;
import org.controlsfx.control.spreadsheet.GridBase;
import org.controlsfx.control.spreadsheet.GridChange;
import org.controlsfx.control.spreadsheet.SpreadsheetCell;
import org.controlsfx.control.spreadsheet.SpreadsheetView;

/**
 * One sheet in a ControlsFX grid: every cell shows its value in its file's style (widths, heights, merges,
 * frozen panes, notes), edits go to the document, and only the cells an edit changed are repainted, with a
 * brief flash so the eye can follow what moved.
 */
final class SheetView {
    private static final int MARGIN = 20;
    private static final Duration FLASH = Duration.millis(700);

    private final Document document;
    private final Sheet sheet;
    private final GridBase grid;
    private final SpreadsheetView view;
    private final BiConsumer<SheetView, Collection<Cell>> onEdited;
    private final Walkthrough walkthrough;
    private final CellMarks marks = new CellMarks();
    private boolean updating;

    SheetView(Document document, Sheet sheet, Walkthrough walkthrough, BiConsumer<SheetView, Collection<Cell>> onEdited) {
        this.document = document;
        this.sheet = sheet;
        this.walkthrough = walkthrough;
        this.onEdited = onEdited;
        int[] extent = extent(sheet);
        grid = new GridBase(extent[0], extent[1]);
        ObservableList<ObservableList<SpreadsheetCell>> rows = FXCollections.observableArrayList();
        for (int r = 0; r < extent[0]; r++) {
            ObservableList<SpreadsheetCell> row = FXCollections.observableArrayList();
            for (int c = 0; c < extent[1]; c++) {
                SpreadsheetCell cell = FormulaCellType.INSTANCE.createCell(r, c, null);
                paint(cell);
                row.add(cell);
            }
            rows.add(row);
        }
        grid.setRows(rows);
        SheetFormat format = sheet.format();
        grid.setRowHeightCallback(row -> format.rowHeight(row) * 96 / 72);
        for (Area area : format.merged()) {
            if (area.bottom() < extent[0] && area.right() < extent[1]) {
                grid.spanRow(area.rows(), area.top(), area.left());
                grid.spanColumn(area.columns(), area.top(), area.left());
            }
        }
        grid.addEventHandler(GridChange.GRID_CHANGE_EVENT, this::edited);
        view = new SpreadsheetView(grid);
        view.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        for (int c = 0; c < extent[1]; c++) {
            view.getColumns().get(c).setPrefWidth(pixels(format.columnWidth(c)));
        }
        freeze(format, extent);
        view.addEventFilter(KeyEvent.KEY_TYPED, this::typed);
        view.addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
    }

    /** Typing on a selected cell starts an edit that replaces it, as in Excel. */
    private void typed(KeyEvent event) {
        String character = event.getCharacter();
        if (view.getEditingCell() != null || event.isControlDown() || event.isMetaDown() || event.isAltDown()
                || character.isEmpty() || Character.isISOControl(character.charAt(0))) {
            return;
        }
        TablePosition<?, ?> focused = view.getSelectionModel().getFocusedCell();
        if (focused == null || focused.getRow() < 0 || focused.getColumn() < 0) {
            return;
        }
        editor().typeAhead(character);
        view.edit(focused.getRow(), view.getColumns().get(focused.getColumn()));
        event.consume();
    }

    /** F2 edits the selected cell keeping its content, with the caret at the end; Escape cancels an edit. */
    private void pressed(KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE && view.getEditingCell() != null) {
            editor().cancel();
            event.consume();
            return;
        }
        if (event.getCode() != KeyCode.F2 || view.getEditingCell() != null) {
            return;
        }
        TablePosition<?, ?> focused = view.getSelectionModel().getFocusedCell();
        if (focused != null && focused.getRow() >= 0 && focused.getColumn() >= 0) {
            view.edit(focused.getRow(), view.getColumns().get(focused.getColumn()));
            event.consume();
        }
    }

    private FormulaCellEditor editor() {
        return (FormulaCellEditor) view.getEditor(FormulaCellType.INSTANCE).orElseThrow();
    }

    /**
     * A number as it fits the cell's width, as Excel shows General numbers in a narrow column: the longest
     * rendering (fewest decimals dropped) that fits, else {@code ###}.
     */
    private String fitted(Value value, org.aibyhand.engine.book.format.CellStyle style, SpreadsheetCell gridCell) {
        double width = -6; // padding and borders
        for (int c = gridCell.getColumn(); c < gridCell.getColumn() + Math.max(1, gridCell.getColumnSpan()); c++) {
            width += pixels(sheet.format().columnWidth(c));
        }
        String text = DisplayFormat.text(value, style.numberFormat());
        for (int characters = 11; characters >= 1 && CellStyles.textWidth(text, style.font()) > width; characters--) {
            text = DisplayFormat.text(value, style.numberFormat(), characters);
        }
        if (CellStyles.textWidth(text, style.font()) > width) {
            text = "#".repeat(Math.max(1, (int) (width / CellStyles.textWidth("#", style.font()))));
        }
        return text;
    }

    /** A column width in the file's units as pixels, for a 7-pixel digit (Calibri 11, Arial 10). */
    static double pixels(double width) {
        return Math.floor((256 * width + Math.floor(128 / 7.0)) / 256 * 7);
    }

    /** Restyles the cells of some areas, whose conditional formats may look different after an edit. */
    void restyle(Collection<Area> areas) {
        for (Area area : areas) {
            for (int r = area.top(); r <= Math.min(area.bottom(), grid.getRowCount() - 1); r++) {
                for (int c = area.left(); c <= Math.min(area.right(), grid.getColumnCount() - 1); c++) {
                    SpreadsheetCell cell = gridCell(r, c);
                    if (cell.getRow() == r && cell.getColumn() == c) {
                        restyle(cell);
                    }
                }
            }
        }
    }

    /** Rows and columns to show: everything used, plus room to type. */
    private static int[] extent(Sheet sheet) {
        int rows = sheet.rowLimit();
        int columns = 0;
        for (Cell cell : sheet) {
            columns = Math.max(columns, cell.column() + 1);
        }
        for (Area area : sheet.format().merged()) {
            rows = Math.max(rows, area.bottom() + 1);
            columns = Math.max(columns, area.right() + 1);
        }
        return new int[] {Math.max(100, rows + MARGIN), Math.max(26, columns + MARGIN / 2)};
    }

    private void freeze(SheetFormat format, int[] extent) {
        for (int r = 0; r < Math.min(format.frozenRows(), extent[0]); r++) {
            if (view.isRowFixable(r)) {
                view.getFixedRows().add(r);
            }
        }
        for (int c = 0; c < Math.min(format.frozenColumns(), extent[1]); c++) {
            if (view.isColumnFixable(c)) {
                view.getColumns().get(c).setFixed(true);
            }
        }
    }

    SpreadsheetView view() {
        return view;
    }

    Sheet sheet() {
        return sheet;
    }

    /** The grid cell at (row, column), or null outside the grid. */
    SpreadsheetCell gridCell(int row, int column) {
        if (row < 0 || row >= grid.getRowCount() || column < 0 || column >= grid.getColumnCount()) {
            return null;
        }
        return grid.getRows().get(row).get(column);
    }

    /** Sets a grid cell's item and style from the sheet. */
    private void paint(SpreadsheetCell gridCell) {
        int row = gridCell.getRow();
        int column = gridCell.getColumn();
        Cell cell = sheet.cell(row, column);
        Value value = cell == null || walkthrough.hides(sheet, row, column)
                ? org.aibyhand.engine.value.EmptyValue.INSTANCE : cell.value();
        boolean number = value instanceof NumberValue;
        var style = sheet.format().style(row, column);
        String text = number ? fitted(value, style, gridCell) : DisplayFormat.text(value, style.numberFormat());
        boolean wasUpdating = updating;
        updating = true;
        gridCell.setItem(new Shown(text, () -> document.inputText(sheet, row, column), value));
        updating = wasUpdating;
        restyle(gridCell);
        String note = sheet.format().note(row, column);
        if (note != null) {
            ((org.controlsfx.control.spreadsheet.SpreadsheetCellBase) gridCell).setTooltip(note);
        }
    }

    /**
     * The cell's style from the sheet, plus the flash and outline it wears now. Inline styles beat style
     * classes, so these marks are part of the inline style too.
     */
    private void restyle(SpreadsheetCell gridCell) {
        int row = gridCell.getRow();
        int column = gridCell.getColumn();
        Cell cell = sheet.cell(row, column);
        boolean number = cell != null && cell.value() instanceof NumberValue;
        CellLook look = document.looks().look(sheet, row, column);
        StringBuilder css = new StringBuilder(CellStyles.css(look.style(), number));
        if (look.bar() != null) {
            css.append(CellStyles.dataBar(look.bar(), look.style().fill()));
        }
        css.append(marks.css(gridCell));
        gridCell.setStyle(css.toString());
    }

    /** Repaints the cells of this sheet among {@code cells} and flashes them. */
    void refresh(Collection<Cell> cells) {
        List<SpreadsheetCell> flashed = new ArrayList<>();
        for (Cell cell : cells) {
            if (cell.sheet() != sheet) {
                continue;
            }
            SpreadsheetCell gridCell = gridCell(cell.row(), cell.column());
            if (gridCell != null) {
                marks.add(CellMarks.Mark.FLASH, gridCell);
                flashed.add(gridCell);
                paint(gridCell);
            }
        }
        if (!flashed.isEmpty()) {
            PauseTransition fade = new PauseTransition(FLASH);
            fade.setOnFinished(done -> flashed.forEach(c -> {
                marks.remove(CellMarks.Mark.FLASH, c);
                restyle(c);
            }));
            fade.play();
        }
    }

    /** A committed in-cell edit: the typed text goes to the document, whose changes are repainted. */
    private void edited(GridChange change) {
        if (updating) {
            return;
        }
        if (editor().wasCancelled()) {
            paint(gridCell(change.getRow(), change.getColumn())); // put back what the cell showed
            return;
        }
        Object typed = change.getNewValue();
        String text = typed == null ? "" : typed instanceof Shown shown ? shown.input().get() : typed.toString();
        var changed = document.enter(sheet, change.getRow(), change.getColumn(), text);
        paint(gridCell(change.getRow(), change.getColumn()));
        onEdited.accept(this, changed);
    }

    /** The selected rectangle (its bounding box), or the focused cell; null when nothing is selected. */
    Area selection() {
        ObservableList<TablePosition> selected = view.getSelectionModel().getSelectedCells();
        if (selected.isEmpty()) {
            return null;
        }
        int top = Integer.MAX_VALUE;
        int left = Integer.MAX_VALUE;
        int bottom = 0;
        int right = 0;
        for (TablePosition<?, ?> p : selected) {
            top = Math.min(top, p.getRow());
            left = Math.min(left, p.getColumn());
            bottom = Math.max(bottom, p.getRow());
            right = Math.max(right, p.getColumn());
        }
        return new Area(top, left, bottom, right);
    }

    /** Selects one cell, without scrolling (a pending scroll would end an edit started right after it). */
    void select(int row, int column) {
        if (gridCell(row, column) != null) {
            view.getSelectionModel().clearAndSelect(row, view.getColumns().get(column));
        }
    }

    /** Selects one cell and scrolls it into view. */
    void reveal(int row, int column) {
        select(row, column);
        if (gridCell(row, column) != null) {
            view.scrollToRow(row);
            view.scrollToColumnIndex(column);
        }
    }

    /**
     * Scrolls so that a cell shows with room above and to its left, where a stage's inputs usually are, rather
     * than in the top-left corner.
     */
    void scrollNear(int row, int column) {
        view.scrollToRow(Math.max(0, row - 10));
        view.scrollToColumnIndex(column); // a column already in view does not scroll: bring the cell in first
        view.scrollToColumnIndex(Math.max(0, column - 8));
    }

    /** Outlines the cells a formula reads in one colour and those that read it in another. */
    void outline(Collection<Area> reads, Collection<Cell> readers) {
        mark(CellMarks.Mark.PRECEDENT, gridCells(reads));
        List<SpreadsheetCell> readerCells = new ArrayList<>();
        for (Cell cell : readers) {
            if (cell.sheet() == sheet) {
                addIfPresent(readerCells, gridCell(cell.row(), cell.column()));
            }
        }
        mark(CellMarks.Mark.DEPENDENT, readerCells);
    }

    /** Marks the walkthrough's current stage and, apart from it, the cells it reads. */
    void showStage(Collection<Area> stage, Collection<Area> reads) {
        List<SpreadsheetCell> stageCells = gridCells(stage);
        List<SpreadsheetCell> readCells = gridCells(reads);
        java.util.Set<SpreadsheetCell> inStage = CellMarks.identitySet();
        inStage.addAll(stageCells);
        readCells.removeIf(inStage::contains);
        mark(CellMarks.Mark.STAGE, stageCells);
        mark(CellMarks.Mark.STAGE_READ, readCells);
    }

    /** Tints the cells of the time step picked in the over-time chart. */
    void showTimeStep(Collection<Area> step) {
        mark(CellMarks.Mark.TIME_STEP, gridCells(step));
    }

    /** Repaints every cell, after reveal mode or the current stage changed what is hidden. */
    void repaintAll() {
        for (var row : grid.getRows()) {
            for (SpreadsheetCell cell : row) {
                paint(cell);
            }
        }
    }

    private void mark(CellMarks.Mark mark, Collection<SpreadsheetCell> cells) {
        marks.replace(mark, cells).forEach(this::restyle);
    }

    private List<SpreadsheetCell> gridCells(Collection<Area> areas) {
        List<SpreadsheetCell> cells = new ArrayList<>();
        for (Area area : areas) {
            for (int r = area.top(); r <= Math.min(area.bottom(), grid.getRowCount() - 1); r++) {
                for (int c = area.left(); c <= Math.min(area.right(), grid.getColumnCount() - 1); c++) {
                    addIfPresent(cells, gridCell(r, c));
                }
            }
        }
        return cells;
    }

    private static void addIfPresent(Collection<SpreadsheetCell> cells, SpreadsheetCell cell) {
        if (cell != null) {
            cells.add(cell);
        }
    }

    /** Whether a cell wears a mark (for tests and the status line). */
    boolean isMarked(CellMarks.Mark mark, int row, int column) {
        SpreadsheetCell cell = gridCell(row, column);
        return cell != null && marks.has(mark, cell);
    }

    /** The text a cell shows now (blank when reveal mode hides it). */
    String shownText(int row, int column) {
        SpreadsheetCell cell = gridCell(row, column);
        return cell == null || cell.getItem() == null ? "" : cell.getItem().toString();
    }

    boolean isUpdating() {
        return updating;
    }
}
