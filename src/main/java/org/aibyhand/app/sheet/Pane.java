package org.aibyhand.app.sheet;

/**
 * One of the up to four parts of the canvas that frozen panes make (frozen corner, frozen rows, frozen columns,
 * the scrolling body): the rows and columns it shows and the canvas rectangle it is clipped to.
 */
record Pane(int firstRow, int lastRow, int firstColumn, int lastColumn, double x, double y, double width, double height) {

    boolean isEmpty() {
        return lastRow < firstRow || lastColumn < firstColumn || width <= 0 || height <= 0;
    }

    /** The panes of a layout in painting order: the scrolling body first, the frozen corner last. */
    static Pane[] of(SheetLayout layout) {
        double right = layout.width();
        double bottom = layout.height();
        int frozenRows = layout.frozenRows();
        int frozenColumns = layout.frozenColumns();
        int firstRow = layout.firstScrolledRow();
        int firstColumn = layout.firstScrolledColumn();
        int lastRow = layout.lastRow();
        int lastColumn = layout.lastColumn();
        double bodyLeft = layout.bodyLeft();
        double bodyTop = layout.bodyTop();
        double headerLeft = layout.headerWidth();
        double headerTop = layout.headerHeight();
        return new Pane[] {
            new Pane(firstRow, lastRow, firstColumn, lastColumn, bodyLeft, bodyTop, right - bodyLeft, bottom - bodyTop),
            new Pane(0, frozenRows - 1, firstColumn, lastColumn, bodyLeft, headerTop, right - bodyLeft, bodyTop - headerTop),
            new Pane(firstRow, lastRow, 0, frozenColumns - 1, headerLeft, bodyTop, bodyLeft - headerLeft, bottom - bodyTop),
            new Pane(0, frozenRows - 1, 0, frozenColumns - 1, headerLeft, headerTop, bodyLeft - headerLeft, bodyTop - headerTop),
        };
    }
}
