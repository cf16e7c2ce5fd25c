package org.aibyhand.engine.formula;

import org.aibyhand.engine.ref.A1;

/**
 * One corner of a reference. An absolute coordinate is an index; a relative one is an offset from the cell
 * that holds the formula, so {@code B2} written in {@code A1} is (1, 1) relative, and the same tree in {@code A2}
 * means {@code B3}.
 */
public record RefPoint(int row, boolean rowAbsolute, int column, boolean columnAbsolute) {

    public int rowIn(int hostRow) {
        return rowAbsolute ? row : hostRow + row;
    }

    public int columnIn(int hostColumn) {
        return columnAbsolute ? column : hostColumn + column;
    }

    /** A point whose coordinates are written as given in a formula held by the host cell. */
    public static RefPoint at(int row, boolean rowAbsolute, int column, boolean columnAbsolute, int hostRow, int hostColumn) {
        return new RefPoint(rowAbsolute ? row : row - hostRow, rowAbsolute, column - (columnAbsolute ? 0 : hostColumn),
                columnAbsolute);
    }

    /** A1 text of the row part, such as {@code $7}; empty if it falls outside the sheet. */
    String rowText(int hostRow) {
        int r = rowIn(hostRow);
        return (rowAbsolute ? "$" : "") + (r + 1);
    }

    String columnText(int hostColumn) {
        return (columnAbsolute ? "$" : "") + A1.columnName(columnIn(hostColumn));
    }
}
