package org.aibyhand.engine.value;

import java.util.Arrays;

/**
 * A rectangular array of scalar values in row-major order (never nested arrays, references or lambdas).
 * Treat it as immutable: the element array is shared, not copied.
 */
public final class ArrayValue implements Value {
    /**
     * The most elements an array may have. Excel's own limit is memory; this one keeps a formula such as
     * SEQUENCE(1048576, 16384) from exhausting the heap. Larger arrays are #NUM!, as Excel reports a too-large array.
     */
    public static final long MAX_CELLS = 1L << 24;

    private final int rows;
    private final int columns;
    private final Value[] elements;

    public ArrayValue(int rows, int columns, Value[] elements) {
        if (rows < 1 || columns < 1 || elements.length != (long) rows * columns) {
            throw new IllegalArgumentException("array of " + rows + "x" + columns + " with " + elements.length + " elements");
        }
        this.rows = rows;
        this.columns = columns;
        this.elements = elements;
    }

    /** A 1x1 array holding {@code value}. */
    public static ArrayValue single(Value value) {
        return new ArrayValue(1, 1, new Value[] {value});
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    public int size() {
        return elements.length;
    }

    public Value get(int row, int column) {
        return elements[row * columns + column];
    }

    /** The element at a row-major index. */
    public Value get(int index) {
        return elements[index];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ArrayValue that && rows == that.rows && columns == that.columns
                && Arrays.equals(elements, that.elements);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + columns) + Arrays.hashCode(elements);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        for (int r = 0; r < rows; r++) {
            if (r > 0) {
                text.append(';');
            }
            for (int c = 0; c < columns; c++) {
                if (c > 0) {
                    text.append(',');
                }
                text.append(get(r, c));
            }
        }
        return text.append('}').toString();
    }
}
