package org.aibyhand.engine.function;

import java.util.Arrays;
import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.Value;

/**
 * Whole arrays as the dynamic-array functions take them apart and put them together: the array argument, its
 * rows and columns, blocks of it, and new arrays checked against Excel's two shape rules: an array with no
 * rows or no columns is #CALC! (Excel has no empty arrays) and one too large to hold is #NUM!.
 */
final class Tables {
    private Tables() {
    }

    /**
     * The argument a function rearranges (SORT's array, TAKE's array...): a range read whole, an array, or a
     * scalar as a 1x1 array. A scalar error is the function's result rather than an element of it.
     */
    static ArrayValue argument(Value argument, CallContext context) {
        return Arguments.asArray(ErrorSignal.check(argument), context);
    }

    /** Checks that a result of this shape exists and fits; returns its element count. */
    static int size(long rows, long columns) {
        if (rows < 1 || columns < 1) {
            throw new ErrorSignal(ErrorValue.CALC);
        }
        if (rows * columns > ArrayValue.MAX_CELLS) {
            throw new ErrorSignal(ErrorValue.NUM);
        }
        return (int) (rows * columns);
    }

    /** The elements of a new array of the given (checked) shape, every one {@code value}, to be written over. */
    static Value[] filled(long rows, long columns, Value value) {
        Value[] elements = new Value[size(rows, columns)];
        Arrays.fill(elements, value);
        return elements;
    }

    /** A one-column array of {@code values} (at least one). */
    static ArrayValue column(Value[] values) {
        size(values.length, 1);
        return new ArrayValue(values.length, 1, values);
    }

    /** A one-row array of {@code values} (at least one). */
    static ArrayValue row(Value[] values) {
        size(1, values.length);
        return new ArrayValue(1, values.length, values);
    }

    /** The rows {@code top..bottom-1} and columns {@code left..right-1}; #CALC! if that leaves nothing. */
    static ArrayValue block(ArrayValue array, int top, int bottom, int left, int right) {
        int rows = bottom - top;
        int columns = right - left;
        Value[] out = new Value[size(rows, columns)];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                out[r * columns + c] = array.get(top + r, left + c);
            }
        }
        return new ArrayValue(rows, columns, out);
    }

    /** The given rows (zero-based, repeats allowed) in the given order. */
    static ArrayValue rows(ArrayValue array, int[] picks) {
        int columns = array.columns();
        Value[] out = new Value[size(picks.length, columns)];
        for (int i = 0; i < picks.length; i++) {
            for (int c = 0; c < columns; c++) {
                out[i * columns + c] = array.get(picks[i], c);
            }
        }
        return new ArrayValue(picks.length, columns, out);
    }

    /** The given columns (zero-based, repeats allowed) in the given order. */
    static ArrayValue columns(ArrayValue array, int[] picks) {
        return transpose(rows(transpose(array), picks));
    }

    /** Rows become columns. Functions that work on columns (by_col) transpose, work on rows, and transpose back. */
    static ArrayValue transpose(ArrayValue array) {
        Value[] out = new Value[array.size()];
        for (int r = 0; r < array.rows(); r++) {
            for (int c = 0; c < array.columns(); c++) {
                out[c * array.rows() + r] = array.get(r, c);
            }
        }
        return new ArrayValue(array.columns(), array.rows(), out);
    }

    /** The elements of a single row or column in order; #VALUE! for an array with several of both. */
    static Value[] vector(ArrayValue array) {
        if (array.rows() != 1 && array.columns() != 1) {
            throw new ErrorSignal(ErrorValue.VALUE);
        }
        return elements(array);
    }

    /** Every element in row-major order (an argument list of positions such as CHOOSEROWS's {1,3}). */
    static Value[] elements(ArrayValue array) {
        Value[] out = new Value[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i);
        }
        return out;
    }
}
