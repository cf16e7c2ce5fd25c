package org.aibyhand.app.sheet;

import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.SheetLimits;

/**
 * The selection as Excel keeps it: the active cell, where typing goes, and the anchor the range was extended
 * from (with Shift, or by dragging); the range is the rectangle between them, grown to whole merged cells.
 */
public final class Selection {
    private int anchorRow;
    private int anchorColumn;
    private int activeRow;
    private int activeColumn;

    public int row() {
        return activeRow;
    }

    public int column() {
        return activeColumn;
    }

    public int anchorRow() {
        return anchorRow;
    }

    public int anchorColumn() {
        return anchorColumn;
    }

    /** Selects one cell. */
    public void select(int row, int column) {
        activeRow = clampRow(row);
        activeColumn = clampColumn(column);
        anchorRow = activeRow;
        anchorColumn = activeColumn;
    }

    /** Moves the active end of the range, keeping the anchor (Shift+arrow, Shift+click, dragging). */
    public void extendTo(int row, int column) {
        activeRow = clampRow(row);
        activeColumn = clampColumn(column);
    }

    /** Selects a range with its anchor at the top-left and the active cell at the bottom-right corner. */
    public void selectRange(Area area) {
        anchorRow = clampRow(area.top());
        anchorColumn = clampColumn(area.left());
        activeRow = clampRow(area.bottom());
        activeColumn = clampColumn(area.right());
    }

    /** The selected rectangle. */
    public Area area() {
        return new Area(Math.min(anchorRow, activeRow), Math.min(anchorColumn, activeColumn),
                Math.max(anchorRow, activeRow), Math.max(anchorColumn, activeColumn));
    }

    /** Whether one cell (or nothing more than it) is selected. */
    public boolean isSingle() {
        return anchorRow == activeRow && anchorColumn == activeColumn;
    }

    private static int clampRow(int row) {
        return Math.max(0, Math.min(SheetLimits.ROWS - 1, row));
    }

    private static int clampColumn(int column) {
        return Math.max(0, Math.min(SheetLimits.COLUMNS - 1, column));
    }
}
