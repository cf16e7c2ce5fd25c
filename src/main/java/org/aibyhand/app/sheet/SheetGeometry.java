package org.aibyhand.app.sheet;

/**
 * Where sheet positions land on the canvas being painted, at its current zoom and scroll: what the drawing
 * layer needs to place objects anchored to cells. Positions may lie outside the canvas.
 */
public interface SheetGeometry {
    /** EMUs (the unit of drawing offsets) in one pixel at 96 dpi. */
    double EMU_PER_PIXEL = 9525;

    /** Canvas x of the left edge of a column. */
    double columnX(int column);

    /** Canvas y of the top edge of a row. */
    double rowY(int row);

    /** Canvas pixels per 96-dpi pixel: the zoom. */
    double scale();

    /** Canvas x of a point {@code offsetEmu} right of a column's left edge. */
    default double x(int column, long offsetEmu) {
        return columnX(column) + offsetEmu / EMU_PER_PIXEL * scale();
    }

    /** Canvas y of a point {@code offsetEmu} below a row's top edge. */
    default double y(int row, long offsetEmu) {
        return rowY(row) + offsetEmu / EMU_PER_PIXEL * scale();
    }
}
