package org.aibyhand.engine.value;

/**
 * A rectangle of cells on one sheet, as produced by a reference in a formula. Functions that care about
 * references (ROW, ISBLANK, SUM's skipping of text in ranges) see it before it is read; the cell that holds
 * a formula never does. Coordinates are zero-based and inclusive.
 */
public record ReferenceValue(int sheet, int top, int left, int bottom, int right) implements Value {

    public int rows() {
        return bottom - top + 1;
    }

    public int columns() {
        return right - left + 1;
    }

    public boolean isSingleCell() {
        return top == bottom && left == right;
    }
}
