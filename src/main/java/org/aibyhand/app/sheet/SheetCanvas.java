package org.aibyhand.app.sheet;

import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.StringProperty;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.SheetLimits;

/**
 * A sheet painted on a canvas: only the cells in view are drawn, straight from the engine, so a sheet of a
 * million formulas opens as fast as one of ten. It scrolls to the sheet's limits, zooms, keeps frozen panes,
 * selects with the mouse and keyboard as Excel does (see {@link SheetKeys}) and edits in place
 * ({@link CellEditor}). Cell content goes in and out through an {@link Editing}, so this class knows no document.
 */
public final class SheetCanvas extends Region {
    private static final Duration FLASH = Duration.millis(700);
    private static final double BAR = 14;

    /** Where edits go and where the editor's starting text comes from. */
    public interface Editing {
        /** The text an edit of the cell starts from (its formula, or its constant as typed). */
        String inputText(int row, int column);

        /** Puts typed text into a cell. */
        void commit(int row, int column, String text);
    }

    private final CellSource source;
    private final Editing editing;
    private final Canvas canvas = new Canvas();
    private final ScrollBar vertical = new ScrollBar();
    private final ScrollBar horizontal = new ScrollBar();
    private final SheetLayout layout;
    private final GridPainter painter;
    private final Selection selection = new Selection();
    private final Marks marks = new Marks();
    private final CellEditor editor;
    private final SheetMouse mouse = new SheetMouse(this);
    private Runnable onSelectionChanged = () -> { };
    private Consumer<Integer> onZoomStep = step -> { };
    private boolean dirty = true;
    private boolean syncingBars;
    private GridPainter.Counts lastCounts;
    private PauseTransition flashFade;
    /** The corner of the used range, found once (a walk over every cell) and then grown by edits, as Excel does. */
    private int[] usedCorner;

    public SheetCanvas(CellSource source, Editing editing) {
        this.source = source;
        this.editing = editing;
        this.layout = new SheetLayout(source.sheet().format(), DigitWidth.of(source.sheet()));
        this.painter = new GridPainter(source, layout, TextWidth.FX);
        painter.setMarks(marks);
        painter.setSelection(selection);
        layout.setZoom(Math.max(10, source.sheet().format().zoomPercent()) / 100.0);
        editor = new CellEditor(new CellEditor.Owner() {
            @Override
            public void commit(String text, int rows, int columns) {
                commitEdit(text, rows, columns);
            }

            @Override
            public void cancel() {
                cancelEdit();
            }
        });
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.valueProperty().addListener((o, was, now) -> scrolled());
        horizontal.valueProperty().addListener((o, was, now) -> scrolled());
        vertical.setFocusTraversable(false);
        horizontal.setFocusTraversable(false);
        canvas.setFocusTraversable(false);
        setFocusTraversable(true);
        getStyleClass().add("sheet-canvas");
        getChildren().addAll(canvas, vertical, horizontal, editor.field());
        mouse.install();
        editor.field().textProperty().addListener((o, was, now) -> placeEditor());
        new SheetKeys(this).install();
        select(0, 0);
    }

    public Sheet sheet() {
        return source.sheet();
    }

    public SheetLayout sheetLayout() {
        return layout;
    }

    public Selection selection() {
        return selection;
    }

    public Marks marks() {
        return marks;
    }

    /** The selected range, grown to whole merged cells. */
    public Area selectedArea() {
        return MarkPainter.grown(selection.area(), Merges.within(sheet().format().merged(), 0, SheetLimits.ROWS));
    }

    /** The merged area at a cell, or null. */
    public Area mergeAt(int row, int column) {
        return Merges.within(sheet().format().merged(), row, row).at(row, column);
    }

    public void setOnSelectionChanged(Runnable listener) {
        onSelectionChanged = listener;
    }

    /** Ctrl+wheel asks for a zoom step (+1 in, -1 out). */
    public void setOnZoomStep(Consumer<Integer> listener) {
        onZoomStep = listener;
    }

    public void setDrawings(DrawingLayer drawings) {
        painter.setDrawings(drawings);
        repaint();
    }

    /** Selects one cell (the top-left of its merge) without scrolling. */
    public void select(int row, int column) {
        Area merge = mergeAt(row, column);
        selection.select(merge == null ? row : merge.top(), merge == null ? column : merge.left());
        selectionChanged();
    }

    /** Selects a range, its top-left cell active. */
    public void selectRange(Area area) {
        selection.select(area.top(), area.left());
        selection.extendTo(area.bottom(), area.right());
        selectionChanged();
    }

    /** Moves the active end of the selection and scrolls it into view. */
    void extendTo(int row, int column) {
        selection.extendTo(row, column);
        scrollToShow(row, column);
        selectionChanged();
    }

    /** Selects a cell and scrolls it into view, never leaving it under frozen rows or columns. */
    public void reveal(int row, int column) {
        select(row, column);
        scrollToShow(selection.row(), selection.column());
    }

    /** Scrolls the least that brings a cell into view. */
    public void scrollToShow(int row, int column) {
        double[] offsets = layout.scrollToShow(row, column);
        scrollTo(offsets[0], offsets[1]);
    }

    /** Scrolls so a cell shows with room above and left of it, where a stage's inputs usually are. */
    public void scrollNear(int row, int column) {
        Axis rows = layout.rows();
        Axis columns = layout.columns();
        int top = Math.max(layout.frozenRows(), row - 10);
        int left = Math.max(layout.frozenColumns(), column - 8);
        scrollTo(columns.start(left) - columns.start(layout.frozenColumns()), rows.start(top) - rows.start(layout.frozenRows()));
        scrollToShow(row, column);
    }

    /** Scrolls the unfrozen part to offsets in 100%-zoom pixels. */
    public void scrollTo(double x, double y) {
        layout.scrollTo(x, y);
        syncBars();
        repaint();
    }

    public double zoom() {
        return layout.zoom();
    }

    /** Sets the zoom (1 = 100%), keeping the top-left cell in view. */
    public void setZoom(double zoom) {
        layout.setZoom(zoom);
        repaint();
    }

    /** Asks for a repaint in the next frame. */
    public void repaint() {
        dirty = true;
        requestLayout();
    }

    /** The bottom-right corner of the used range, {row, column}: where Ctrl+End goes and the scroll bars reach. */
    public int[] usedCorner() {
        if (usedCorner == null) {
            usedCorner = Navigation.lastCell(sheet());
        }
        return usedCorner;
    }

    /** Repaints and flashes the cells of some areas, so the eye can follow what an edit changed. */
    public void flash(List<Area> changed) {
        int[] corner = usedCorner();
        for (Area area : changed) {
            corner[0] = Math.max(corner[0], area.bottom());
            corner[1] = Math.max(corner[1], area.right());
        }
        marks.set(Marks.Mark.FLASH, changed);
        repaint();
        if (flashFade != null) {
            flashFade.stop();
        }
        flashFade = new PauseTransition(FLASH);
        flashFade.setOnFinished(done -> {
            marks.set(Marks.Mark.FLASH, List.of());
            repaint();
        });
        flashFade.play();
    }

    /** What the last frame painted. */
    public GridPainter.Counts lastCounts() {
        return lastCounts;
    }

    // ----- editing -----

    public boolean isEditing() {
        return editor.isEditing();
    }

    /** The text being edited (bound to the formula bar while an edit lasts). */
    public StringProperty editorText() {
        return editor.field().textProperty();
    }

    /** Starts editing the active cell: from what was typed (replacing it), or from its content. */
    public void startEdit(String typed, boolean focus) {
        scrollToShow(selection.row(), selection.column());
        String text = typed != null ? typed : editing.inputText(selection.row(), selection.column());
        editor.start(selection.row(), selection.column(), text, typed != null, focus);
        placeEditor();
        onSelectionChanged.run();
    }

    /** Keeps the edit (from the formula bar's Enter) without moving. */
    public void commitEdit() {
        if (editor.isEditing()) {
            commitEdit(editor.field().getText(), 0, 0);
        }
    }

    private void commitEdit(String text, int rows, int columns) {
        int row = editor.row();
        int column = editor.column();
        editor.stop();
        requestFocus();
        editing.commit(row, column, text);
        if (rows != 0 || columns != 0) {
            moveBy(rows, columns);
        } else {
            selectionChanged();
        }
    }

    public void cancelEdit() {
        if (editor.isEditing()) {
            editor.stop();
            requestFocus();
            selectionChanged();
        }
    }

    /** Moves the active cell by (rows, columns), skipping hidden ones, and selects only it. */
    void moveBy(int rows, int columns) {
        int row = selection.row();
        int column = selection.column();
        Area merge = mergeAt(row, column);
        if (merge != null) {
            row = rows > 0 ? merge.bottom() : merge.top();
            column = columns > 0 ? merge.right() : merge.left();
        }
        row = rows == 0 ? row : layout.rows().nextVisible(row + rows, rows);
        column = columns == 0 ? column : layout.columns().nextVisible(column + columns, columns);
        reveal(row, column);
    }

    private void selectionChanged() {
        repaint();
        onSelectionChanged.run();
    }

    /** Whether a point of this region lies on the grid rather than on a scroll bar. */
    boolean onGrid(double x, double y) {
        return x <= canvas.getWidth() && y <= canvas.getHeight();
    }

    /** Ctrl with the wheel: one zoom step in or out, which the window carries out. */
    void zoomStep(int step) {
        onZoomStep.accept(step);
    }

    /** The note of the cell under the mouse, which its tooltip shows; null when it has none. */
    public String hoveredNote() {
        return mouse.hoveredNote();
    }

    // ----- layout and painting -----

    private void scrolled() {
        if (!syncingBars) {
            layout.scrollTo(horizontal.getValue(), vertical.getValue());
            repaint();
        }
    }

    /** Scroll bars reach past the used range by a screen, and past wherever the view has been. */
    private void syncBars() {
        syncingBars = true;
        double viewWidth = Math.max(1, (layout.width() - layout.bodyLeft()) / layout.zoom());
        double viewHeight = Math.max(1, (layout.height() - layout.bodyTop()) / layout.zoom());
        int[] used = usedCorner();
        double usedWidth = layout.columns().start(used[1] + 1) - layout.columns().start(layout.frozenColumns());
        double usedHeight = layout.rows().start(used[0] + 1) - layout.rows().start(layout.frozenRows());
        horizontal.setMax(Math.max(usedWidth, layout.scrollX() + viewWidth));
        vertical.setMax(Math.max(usedHeight, layout.scrollY() + viewHeight));
        horizontal.setVisibleAmount(viewWidth);
        vertical.setVisibleAmount(viewHeight);
        horizontal.setUnitIncrement(64);
        vertical.setUnitIncrement(20);
        horizontal.setBlockIncrement(viewWidth * 0.9);
        vertical.setBlockIncrement(viewHeight * 0.9);
        horizontal.setValue(layout.scrollX());
        vertical.setValue(layout.scrollY());
        syncingBars = false;
    }

    @Override
    protected void layoutChildren() {
        double width = Math.max(0, getWidth() - BAR);
        double height = Math.max(0, getHeight() - BAR);
        vertical.resizeRelocate(width, 0, BAR, height);
        horizontal.resizeRelocate(0, height, width, BAR);
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            dirty = true;
        }
        if (dirty) {
            dirty = false;
            paintNow();
        }
        placeEditor();
    }

    /** Paints the frame at once (tests and the renderer call it without waiting for a pulse). */
    public GridPainter.Counts paintNow() {
        double[] bands = HeaderPainter.bands(layout.zoom(),
                layout.rows().indexAt(layout.scrollY() + canvas.getHeight() / layout.zoom()) + layout.frozenRows());
        layout.setViewport(canvas.getWidth(), canvas.getHeight(), bands[0], bands[1]);
        syncBars();
        lastCounts = painter.paint(canvas.getGraphicsContext2D());
        return lastCounts;
    }

    private void placeEditor() {
        if (!editor.isEditing()) {
            return;
        }
        Area merge = mergeAt(editor.row(), editor.column());
        int right = merge == null ? editor.column() : merge.right();
        int bottom = merge == null ? editor.row() : merge.bottom();
        double x = layout.columnX(editor.column());
        double y = layout.rowY(editor.row());
        double w = Math.max(layout.columnX(right + 1) - x, 40);
        double h = Math.max(layout.rowY(bottom + 1) - y, 18);
        var font = Fonts.fx(source.look(editor.row(), editor.column()).style().font(), layout.zoom());
        editor.field().setFont(font);
        double wanted = Fonts.width(editor.field().getText() + "MM", source.look(editor.row(), editor.column()).style().font(), layout.zoom()) + 8;
        w = Math.min(Math.max(w, wanted), Math.max(w, canvas.getWidth() - x));
        editor.field().resizeRelocate(x, y, w, h);
    }

    /** The cell editor's field, for the window's key routing and tests. */
    public javafx.scene.control.TextField editorField() {
        return editor.field();
    }

    double viewRows() {
        return Math.max(1, (layout.height() - layout.bodyTop()) / layout.zoom() / Math.max(1, layout.rows().size(selection.row())));
    }

    Editing editing() {
        return editing;
    }
}
