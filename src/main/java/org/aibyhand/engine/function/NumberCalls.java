package org.aibyhand.engine.function;

import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.Values;

/**
 * Registers functions whose arguments are all numbers (the distributions, financial and engineering functions):
 * each argument is converted as Excel does and arrays broadcast. An optional argument left out arrives as NaN
 * so the function can apply its default; a required one left empty is 0, as in Excel. A non-finite result is
 * #NUM!.
 */
final class NumberCalls {
    private NumberCalls() {
    }

    /** A function of numbers; {@code x} has one entry per accepted argument, NaN where one was left out. */
    @FunctionalInterface
    interface NumberOp {
        double apply(double[] x);
    }

    static void numbers(FunctionRegistry registry, String name, int min, int max, NumberOp op) {
        register(registry, name, min, max, op, false);
    }

    /**
     * As {@link #numbers}, for the functions of Excel's Analysis ToolPak (ERF, GESTEP, DELTA, ...), which refuse
     * logical arguments with #VALUE! instead of converting them.
     */
    static void strictNumbers(FunctionRegistry registry, String name, int min, int max, NumberOp op) {
        register(registry, name, min, max, op, true);
    }

    private static void register(FunctionRegistry registry, String name, int min, int max, NumberOp op, boolean strict) {
        registry.register(name, min, max, (args, context) -> Broadcast.map(args, context, values -> {
            double[] x = new double[max];
            for (int i = 0; i < max; i++) {
                if (i >= values.length || (i >= min && Arguments.omitted(values, i))) {
                    x[i] = Double.NaN;
                } else if (strict && values[i] instanceof BooleanValue) {
                    return ErrorValue.VALUE;
                } else {
                    x[i] = Coerce.toNumber(values[i]);
                }
            }
            return Values.number(op.apply(x));
        }));
    }

    /** {@code value}, or {@code fallback} where the argument was left out (NaN). */
    static double or(double value, double fallback) {
        return Double.isNaN(value) ? fallback : value;
    }

    /** Aborts with #NUM! unless {@code condition} holds. */
    static void require(boolean condition) {
        if (!condition) {
            throw new ErrorSignal(ErrorValue.NUM);
        }
    }

    /** A whole number argument, truncated toward zero. */
    static double whole(double value) {
        return value < 0 ? Math.ceil(value) : Math.floor(value);
    }

    static boolean flag(double value) {
        return value != 0;
    }
}
