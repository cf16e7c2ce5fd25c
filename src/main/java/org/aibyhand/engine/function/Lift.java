package org.aibyhand.engine.function;

import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.value.Value;

/**
 * Applies scalar operations to arrays the way Excel does: element by element, a single row or column
 * stretched to match the other operand, and #N/A where one operand is too small.
 */
public final class Lift {
    private Lift() {
    }

    /** An operation on scalars (never arrays or references); it may throw ErrorSignal. */
    @FunctionalInterface
    public interface Scalar1 {
        Value apply(Value value);
    }

    @FunctionalInterface
    public interface Scalar2 {
        Value apply(Value left, Value right);
    }

    /**
     * A value ready for element-wise use: references become scalars or arrays. In plain formulas a multi-cell
     * range is intersected with the formula's row or column (#VALUE! if it shares neither).
     */
    public static Value operand(Value value, CallContext context) {
        if (value instanceof ReferenceValue reference && !reference.isSingleCell() && !context.arrayMode()) {
            return intersect(reference, context);
        }
        return context.dereference(value);
    }

    /** The cell of a range in the formula's own row (for a column) or column (for a row), else #VALUE!. */
    public static Value intersect(ReferenceValue reference, CallContext context) {
        if (reference.sheet() == context.hostSheet()) {
            if (reference.columns() == 1 && context.hostRow() >= reference.top() && context.hostRow() <= reference.bottom()) {
                return context.cell(reference.sheet(), context.hostRow(), reference.left());
            }
            if (reference.rows() == 1 && context.hostColumn() >= reference.left() && context.hostColumn() <= reference.right()) {
                return context.cell(reference.sheet(), reference.top(), context.hostColumn());
            }
        }
        return ErrorValue.VALUE;
    }

    /** {@code op} on one operand, mapped over it if it is an array. */
    public static Value map(Value operand, CallContext context, Scalar1 op) {
        Value value = operand(operand, context);
        if (value instanceof ArrayValue array) {
            Value[] out = new Value[array.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = safely(op, array.get(i));
            }
            return new ArrayValue(array.rows(), array.columns(), out);
        }
        return safely(op, value);
    }

    /** {@code op} on two operands, broadcast over arrays. */
    public static Value map(Value left, Value right, CallContext context, Scalar2 op) {
        Value a = operand(left, context);
        Value b = operand(right, context);
        if (!(a instanceof ArrayValue) && !(b instanceof ArrayValue)) {
            return safely(op, a, b);
        }
        int rows = Math.max(rowsOf(a), rowsOf(b));
        int columns = Math.max(columnsOf(a), columnsOf(b));
        Value[] out = new Value[rows * columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                Value x = element(a, r, c);
                Value y = element(b, r, c);
                out[r * columns + c] = x == null || y == null ? ErrorValue.NA : safely(op, x, y);
            }
        }
        return new ArrayValue(rows, columns, out);
    }

    /** Rows of an array, 1 for a scalar. */
    public static int rowsOf(Value value) {
        return value instanceof ArrayValue array ? array.rows() : 1;
    }

    /** Columns of an array, 1 for a scalar. */
    public static int columnsOf(Value value) {
        return value instanceof ArrayValue array ? array.columns() : 1;
    }

    /** Element (row, column) after stretching a single row or column; null where the array is too small. */
    public static Value element(Value value, int row, int column) {
        if (!(value instanceof ArrayValue array)) {
            return value;
        }
        int r = array.rows() == 1 ? 0 : row;
        int c = array.columns() == 1 ? 0 : column;
        return r < array.rows() && c < array.columns() ? array.get(r, c) : null;
    }

    private static Value safely(Scalar1 op, Value value) {
        try {
            return op.apply(value);
        } catch (ErrorSignal signal) {
            return signal.error();
        }
    }

    private static Value safely(Scalar2 op, Value left, Value right) {
        try {
            return op.apply(left, right);
        } catch (ErrorSignal signal) {
            return signal.error();
        }
    }
}
