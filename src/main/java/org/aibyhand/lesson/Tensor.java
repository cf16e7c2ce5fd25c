package org.aibyhand.lesson;

import org.aibyhand.engine.ref.A1;
import org.aibyhand.engine.ref.Area;

/**
 * A named block seen the way a lesson thinks of it: element (i, j) where j is the sample or time step. On the
 * sheet the block lies across (row i, column j) or, in a {@link TimeLayout} drawn down the sheet, transposed
 * (row j, column i); either way {@link #at} gives the cell of element (i, j), so formulas are written once.
 */
public record Tensor(Block block, boolean transposed) {

    public String name() {
        return block.name();
    }

    /** Rows of the tensor (its first index), whatever way it lies on the sheet. */
    public int rows() {
        return transposed ? block.columns() : block.rows();
    }

    /** Columns of the tensor (its second index: time steps or samples). */
    public int columns() {
        return transposed ? block.rows() : block.columns();
    }

    /** The sheet row of element (i, j). */
    public int sheetRow(int i, int j) {
        return transposed ? block.row(j) : block.row(i);
    }

    /** The sheet column of element (i, j). */
    public int sheetColumn(int i, int j) {
        return transposed ? block.column(i) : block.column(j);
    }

    /**
     * The relative A1 address of element (i, j), such as {@code D7}. A j of -1 or {@link #columns()} names the
     * cell just before or after the tensor along time, where a neighbouring block may sit.
     */
    public String at(int i, int j) {
        return A1.columnName(sheetColumn(i, j)) + (sheetRow(i, j) + 1);
    }

    /** The absolute address of element (i, j), such as {@code $D$7}: what a weight is in a formula filled along time. */
    public String fixed(int i, int j) {
        return "$" + A1.columnName(sheetColumn(i, j)) + "$" + (sheetRow(i, j) + 1);
    }

    /** Row i of the tensor (all its steps) as an A1 range. */
    public String rowRange(int i) {
        return at(i, 0) + ":" + at(i, columns() - 1);
    }

    /** Column j of the tensor as an A1 range. */
    public String columnRange(int j) {
        return at(0, j) + ":" + at(rows() - 1, j);
    }

    /** The whole tensor as an A1 range. */
    public String range() {
        return block.range();
    }

    /** The sheet cells of the whole tensor, for a walkthrough stage. */
    public Area area() {
        return block.area();
    }

    /** The sheet cells of columns {@code from..to} (inclusive), for a stage revealing some time steps. */
    public Area columns(int from, int to) {
        return new Area(sheetRow(0, from), sheetColumn(0, from), sheetRow(rows() - 1, to), sheetColumn(rows() - 1, to));
    }
}
