package org.aibyhand.lesson;

import org.aibyhand.engine.ref.A1;
import org.aibyhand.engine.ref.Area;

/**
 * A named tensor laid out on the lesson sheet: {@code rows x columns} cells with its top-left at
 * {@code area.top(), area.left()}. Element (i, j) is zero-based. The block is also a workbook-level defined
 * name of the same name over its range.
 */
public record Block(String name, Area area, Role role) {

    public int rows() {
        return area.rows();
    }

    public int columns() {
        return area.columns();
    }

    public int row(int i) {
        return area.top() + i;
    }

    public int column(int j) {
        return area.left() + j;
    }

    /** The A1 address of element (i, j), such as {@code D7}, for writing formulas. */
    public String at(int i, int j) {
        return A1.columnName(column(j)) + (row(i) + 1);
    }

    /** The A1 range of row i ({@code D7:F7}). */
    public String rowRange(int i) {
        return at(i, 0) + ":" + at(i, columns() - 1);
    }

    /** The A1 range of column j ({@code D7:D9}). */
    public String columnRange(int j) {
        return at(0, j) + ":" + at(rows() - 1, j);
    }

    /** The whole block as an A1 range. */
    public String range() {
        return at(0, 0) + ":" + at(rows() - 1, columns() - 1);
    }
}
