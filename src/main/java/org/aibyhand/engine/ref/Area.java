package org.aibyhand.engine.ref;

/** A rectangle of cells, zero-based and inclusive. */
public record Area(int top, int left, int bottom, int right) {

    public Area {
        if (top > bottom || left > right || !SheetLimits.contains(top, left) || !SheetLimits.contains(bottom, right)) {
            throw new IllegalArgumentException("bad area " + top + "," + left + ":" + bottom + "," + right);
        }
    }

    public static Area of(CellAddress cell) {
        return new Area(cell.row(), cell.column(), cell.row(), cell.column());
    }

    /** Parses {@code A1:C3} or a single cell {@code B2}; throws IllegalArgumentException otherwise. */
    public static Area parse(String a1) {
        int colon = a1.indexOf(':');
        if (colon < 0) {
            return of(CellAddress.parse(a1));
        }
        CellAddress first = CellAddress.parse(a1.substring(0, colon));
        CellAddress last = CellAddress.parse(a1.substring(colon + 1));
        return new Area(Math.min(first.row(), last.row()), Math.min(first.column(), last.column()),
                Math.max(first.row(), last.row()), Math.max(first.column(), last.column()));
    }

    public int rows() {
        return bottom - top + 1;
    }

    public int columns() {
        return right - left + 1;
    }

    public long cellCount() {
        return (long) rows() * columns();
    }

    public boolean contains(int row, int column) {
        return row >= top && row <= bottom && column >= left && column <= right;
    }

    public boolean intersects(Area other) {
        return top <= other.bottom && other.top <= bottom && left <= other.right && other.left <= right;
    }

    public CellAddress topLeft() {
        return new CellAddress(top, left);
    }

    public String toA1() {
        String first = A1.columnName(left) + (top + 1);
        return top == bottom && left == right ? first : first + ":" + A1.columnName(right) + (bottom + 1);
    }

    @Override
    public String toString() {
        return toA1();
    }
}
