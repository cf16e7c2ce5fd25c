package org.aibyhand.engine.function;

import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.Values;

/**
 * Registers functions whose arguments are all numbers (the distributions, financial and engineering functions):
 * each argument is converted as Excel does, arrays broadcast, and an optional argument left out arrives as NaN (a required one left empty is 0, as in Excel) so
 * the function can apply its default. A non-finite result is #NUM!.
 */
final class NumberCalls {
    private NumberCalls() {
    }

    /** A function of numbers; {@code x} has one entry per accepted argument, NaN where one was omitted. */
    @FunctionalInterface
    interface NumberOp {
        double apply(double[] x);
    }

    static void numbers(FunctionRegistry registry, String name, int min, int max, NumberOp op) {
        registry.register(name, min, max, (args, context) -> Broadcast.map(args, context, values -> {
            double[] x = new double[max];
            for (int i = 0; i < max; i++) {
                if (i >= values.length) {
                    x[i] = Double.NaN;
                    continue;
                }
                x[i] = i >= min && Arguments.omitted(values, i) ? Double.NaN : Coerce.toNumber(values[i]);
            }
            return Values.number(op.apply(x));
        }));
    }

    /** {@code value}, or {@code fallback} where the argument was omitted (NaN). */
    static double or(double value, double fallback) {
        return Double.isNaN(value) ? fallback : value;
    }

    /** Aborts with #NUM! unless {@code condition} holds; typed so it reads as a guard. */
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
