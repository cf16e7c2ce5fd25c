package org.aibyhand.engine.function;

import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.Value;

/**
 * {@link Lift} for any number of operands (MID, CONCATENATE): the result takes the largest height and width,
 * single rows and columns stretch, and positions an operand cannot fill are #N/A.
 */
final class Broadcast {
    private Broadcast() {
    }

    /** An operation on scalars; it may throw ErrorSignal. */
    @FunctionalInterface
    interface ScalarN {
        Value apply(Value[] values);
    }

    static Value map(Value[] operands, CallContext context, ScalarN op) {
        Value[] values = new Value[operands.length];
        int rows = 1;
        int columns = 1;
        boolean anyArray = false;
        for (int i = 0; i < operands.length; i++) {
            values[i] = Lift.operand(operands[i], context);
            if (values[i] instanceof ArrayValue array) {
                anyArray = true;
                rows = Math.max(rows, array.rows());
                columns = Math.max(columns, array.columns());
            }
        }
        if (!anyArray) {
            return safely(op, values);
        }
        Value[] out = new Value[rows * columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                Value[] elements = new Value[values.length];
                boolean missing = false;
                for (int i = 0; i < values.length && !missing; i++) {
                    elements[i] = Lift.element(values[i], r, c);
                    missing = elements[i] == null;
                }
                out[r * columns + c] = missing ? ErrorValue.NA : safely(op, elements);
            }
        }
        return new ArrayValue(rows, columns, out);
    }

    private static Value safely(ScalarN op, Value[] values) {
        try {
            return op.apply(values);
        } catch (ErrorSignal signal) {
            return signal.error();
        }
    }
}
