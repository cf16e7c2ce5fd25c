package org.aibyhand.engine.ref;

/** A cell position, zero-based: {@code A1} is (0, 0). */
public record CellAddress(int row, int column) {

    public CellAddress {
        if (!SheetLimits.contains(row, column)) {
            throw new IllegalArgumentException("cell outside the sheet: row " + row + ", column " + column);
        }
    }

    /** Parses {@code B7} or {@code $B$7}; throws IllegalArgumentException on anything else. */
    public static CellAddress parse(String a1) {
        CellAddress address = A1.parseCell(a1);
        if (address == null) {
            throw new IllegalArgumentException("not a cell address: " + a1);
        }
        return address;
    }

    public String toA1() {
        return A1.columnName(column) + (row + 1);
    }

    @Override
    public String toString() {
        return toA1();
    }
}
