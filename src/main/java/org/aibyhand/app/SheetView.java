package org.aibyhand.app;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import org.aibyhand.app.sheet.CellSource;
import org.aibyhand.app.sheet.CellText;
import org.aibyhand.app.sheet.Marks;
import org.aibyhand.app.sheet.SheetCanvas;
import org.aibyhand.app.sheet.TextWidth;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.Value;

/**
 * One sheet of the open document in the window: the painted grid ({@link SheetCanvas}) wired to the document,
 * so typed text becomes an edit whose changes repaint and flash, and to the walkthrough, whose reveal mode
 * withholds values and whose stage is outlined.
 */
final class SheetView {
    private final Document document;
    private final Sheet sheet;
    private final Walkthrough walkthrough;
    private final SheetCanvas canvas;

    SheetView(Document document, Sheet sheet, Walkthrough walkthrough, BiConsumer<SheetView, Collection<Cell>> onEdited) {
        this.document = document;
        this.sheet = sheet;
        this.walkthrough = walkthrough;
        CellSource source = new DocumentCells(document, sheet, walkthrough);
        canvas = new SheetCanvas(source, new SheetCanvas.Editing() {
            @Override
            public String inputText(int row, int column) {
                return document.inputText(sheet, row, column);
            }

            @Override
            public void commit(int row, int column, String text) {
                onEdited.accept(SheetView.this, document.enter(sheet, row, column, text));
            }
        });
        canvas.setDrawings(Drawings.layer(sheet));
    }

    /** The grid node. */
    SheetCanvas view() {
        return canvas;
    }

    Sheet sheet() {
        return sheet;
    }

    /** The selected rectangle (grown to whole merged cells). */
    Area selection() {
        return canvas.selectedArea();
    }

    /** Selects one cell, without scrolling. */
    void select(int row, int column) {
        canvas.select(row, column);
    }

    /** Selects one cell and scrolls it into view. */
    void reveal(int row, int column) {
        canvas.reveal(row, column);
    }

    /** Scrolls so that a cell shows with room above and to its left, where a stage's inputs usually are. */
    void scrollNear(int row, int column) {
        canvas.scrollNear(row, column);
    }

    /** Outlines the cells a formula reads in one colour and those that read it in another. */
    void outline(Collection<Area> reads, Collection<Cell> readers) {
        canvas.marks().set(Marks.Mark.PRECEDENT, List.copyOf(reads));
        canvas.marks().set(Marks.Mark.DEPENDENT, areasOf(readers));
        canvas.repaint();
    }

    /** Marks the walkthrough's current stage and, apart from it, the cells it reads. */
    void showStage(Collection<Area> stage, Collection<Area> reads) {
        List<Area> readOnly = new ArrayList<>(reads);
        readOnly.removeAll(stage);
        canvas.marks().set(Marks.Mark.STAGE, List.copyOf(stage));
        canvas.marks().set(Marks.Mark.STAGE_READ, readOnly);
        canvas.repaint();
    }

    /** Tints the cells of the time step picked in the over-time chart. */
    void showTimeStep(Collection<Area> step) {
        canvas.marks().set(Marks.Mark.TIME_STEP, List.copyOf(step));
        canvas.repaint();
    }

    /** Repaints every cell, after reveal mode or the current stage changed what is hidden. */
    void repaintAll() {
        canvas.repaint();
    }

    /** Repaints after an edit and flashes the cells of this sheet among {@code cells}. */
    void refresh(Collection<Cell> cells) {
        List<Area> flashed = areasOf(cells);
        if (!flashed.isEmpty()) {
            canvas.flash(flashed);
        } else {
            canvas.repaint();
        }
    }

    /** Conditional formats may look different after an edit: the grid repaints from the engine anyway. */
    void restyle(Collection<Area> areas) {
        if (!areas.isEmpty()) {
            canvas.repaint();
        }
    }

    /** Whether a cell wears a mark (for tests and the status line). */
    boolean isMarked(Marks.Mark mark, int row, int column) {
        return canvas.marks().has(mark, row, column);
    }

    /** The value a cell shows now (empty when reveal mode withholds it). */
    Value shownValue(int row, int column) {
        Cell cell = sheet.cell(row, column);
        return cell == null || walkthrough.hides(sheet, row, column) ? EmptyValue.INSTANCE : cell.value();
    }

    /** The text a cell shows now, fitted to its width as the grid paints it. */
    String shownText(int row, int column) {
        var layout = canvas.sheetLayout();
        Area merge = canvas.mergeAt(row, column);
        double width = merge == null ? layout.columns().size(column) * layout.zoom()
                : (layout.columns().start(merge.right() + 1) - layout.columns().start(merge.left())) * layout.zoom();
        return CellText.shown(shownValue(row, column), document.looks().look(sheet, row, column).style(), width,
                layout.zoom(), TextWidth.FX);
    }

    private List<Area> areasOf(Collection<Cell> cells) {
        List<Area> areas = new ArrayList<>();
        for (Cell cell : cells) {
            if (cell.sheet() == sheet) {
                areas.add(new Area(cell.row(), cell.column(), cell.row(), cell.column()));
            }
        }
        return areas;
    }
}
