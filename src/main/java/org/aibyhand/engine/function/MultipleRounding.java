package org.aibyhand.engine.function;

import java.math.RoundingMode;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;

/**
 * The newer roundings to a multiple: CEILING.MATH, FLOOR.MATH, CEILING.PRECISE, FLOOR.PRECISE, ISO.CEILING and
 * MROUND, and EVEN, ODD and QUOTIENT. The newer ones ignore the significance's sign and treat 0 as giving 0.
 */
final class MultipleRounding {
    private MultipleRounding() {
    }

    static void register(FunctionRegistry registry) {
        registry.register("CEILING.MATH", 1, 3, (args, context) -> Broadcast.map(args, context,
                values -> Values.number(math(values, true))));
        registry.register("FLOOR.MATH", 1, 3, (args, context) -> Broadcast.map(args, context,
                values -> Values.number(math(values, false))));
        for (String name : new String[] {"CEILING.PRECISE", "ISO.CEILING"}) {
            registry.register(name, 1, 2, (args, context) -> Broadcast.map(args, context,
                    values -> Values.number(toMultiple(values, RoundingMode.CEILING))));
        }
        registry.register("FLOOR.PRECISE", 1, 2, (args, context) -> Broadcast.map(args, context,
                values -> Values.number(toMultiple(values, RoundingMode.FLOOR))));
        registry.register("MROUND", 2, 2, (args, context) -> Lift.map(args[0], args[1], context,
                (value, step) -> Values.number(mround(Coerce.toNumber(value), Coerce.toNumber(step)))));
        registry.register("EVEN", 1, 1, (args, context) -> Lift.map(args[0], context,
                value -> Values.number(awayToParity(Coerce.toNumber(value), 0))));
        registry.register("ODD", 1, 1, (args, context) -> Lift.map(args[0], context,
                value -> Values.number(awayToParity(Coerce.toNumber(value), 1))));
        registry.register("QUOTIENT", 2, 2, (args, context) -> Lift.map(args[0], args[1], context,
                (n, d) -> Values.number(quotient(Coerce.toNumber(n), Coerce.toNumber(d)))));
    }

    /** Rounds {@code number} to a multiple of {@code significance} (sign ignored) in {@code mode}; 0 gives 0. */
    static double multiple(double number, double significance, RoundingMode mode) {
        double step = Math.abs(significance);
        if (step == 0 || number == 0) {
            return 0;
        }
        return ExcelDecimal.round(number / step, 0, mode) * step;
    }

    /** CEILING.MATH and FLOOR.MATH: a non-zero mode rounds negative numbers away from (or toward) zero. */
    private static double math(Value[] values, boolean ceiling) {
        double number = Coerce.toNumber(values[0]);
        double significance = Arguments.omitted(values, 1) ? 1 : Coerce.toNumber(values[1]);
        boolean modeSet = !Arguments.omitted(values, 2) && Coerce.toNumber(values[2]) != 0;
        RoundingMode mode = ceiling ? RoundingMode.CEILING : RoundingMode.FLOOR;
        if (number < 0 && modeSet) {
            mode = ceiling ? RoundingMode.UP : RoundingMode.DOWN;
        }
        return multiple(number, significance, mode);
    }

    private static double toMultiple(Value[] values, RoundingMode mode) {
        double number = Coerce.toNumber(values[0]);
        double significance = Arguments.omitted(values, 1) ? 1 : Coerce.toNumber(values[1]);
        return multiple(number, significance, mode);
    }

    private static double mround(double number, double multiple) {
        if (multiple == 0) {
            return 0;
        }
        if (number != 0 && Math.signum(number) != Math.signum(multiple)) {
            throw new ErrorSignal(ErrorValue.NUM);
        }
        return ExcelDecimal.round(number / multiple, 0, RoundingMode.HALF_UP) * multiple;
    }

    /** Away from zero to the next integer of the given parity (0 even, 1 odd). */
    private static double awayToParity(double number, int parity) {
        double magnitude = Math.ceil(Math.abs(number));
        if (Math.abs(magnitude % 2) != parity) {
            magnitude++;
        }
        if (parity == 1 && magnitude == 0) {
            magnitude = 1;
        }
        return Math.copySign(magnitude, number == 0 ? 1 : number);
    }

    private static double quotient(double numerator, double denominator) {
        if (denominator == 0) {
            throw new ErrorSignal(ErrorValue.DIV0);
        }
        double q = numerator / denominator;
        if (!Double.isFinite(q)) {
            throw new ErrorSignal(ErrorValue.NUM);
        }
        return q < 0 ? Math.ceil(q) : Math.floor(q);
    }
}
