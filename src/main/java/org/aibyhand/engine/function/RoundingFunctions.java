package org.aibyhand.engine.function;

import java.math.RoundingMode;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;

/**
 * ROUND, ROUNDUP, ROUNDDOWN, TRUNC, INT, CEILING and FLOOR. They round the 15-digit decimal Excel shows
 * ({@link ExcelDecimal}), not the binary double, so ROUND(2.675, 2) is 2.68 as in Excel.
 */
final class RoundingFunctions {
    private RoundingFunctions() {
    }

    static void register(FunctionRegistry registry) {
        rounding(registry, "ROUND", 2, RoundingMode.HALF_UP); // HALF_UP breaks ties away from zero
        rounding(registry, "ROUNDUP", 2, RoundingMode.UP);
        rounding(registry, "ROUNDDOWN", 2, RoundingMode.DOWN);
        rounding(registry, "TRUNC", 1, RoundingMode.DOWN);
        registry.register("INT", 1, 1, (args, context) -> Lift.map(args[0], context,
                value -> Values.number(ExcelDecimal.round(Coerce.toNumber(value), 0, RoundingMode.FLOOR))));
        multiple(registry, "CEILING", RoundingMode.CEILING);
        multiple(registry, "FLOOR", RoundingMode.FLOOR);
    }

    /**
     * CEILING and FLOOR round to a multiple of the significance: up (or down) on the number line for a positive
     * significance, away from (or toward) zero for a negative one. A positive number with a negative
     * significance is #NUM!; CEILING to 0 is 0, FLOOR to 0 is #DIV/0!.
     */
    private static void multiple(FunctionRegistry registry, String name, RoundingMode mode) {
        registry.register(name, 2, 2, (args, context) -> Lift.map(args[0], args[1], context, (value, step) -> {
            double number = Coerce.toNumber(value);
            double significance = Coerce.toNumber(step);
            if (significance == 0 || number == 0) {
                return number == 0 || mode == RoundingMode.CEILING ? NumberValue.ZERO : ErrorValue.DIV0;
            }
            if (number > 0 && significance < 0) {
                return ErrorValue.NUM;
            }
            double multiples = ExcelDecimal.round(number / significance, 0, mode);
            return Values.number(multiples * significance);
        }));
    }

    /** A rounding function; when {@code minArguments} is 1 the digits default to 0 (TRUNC). */
    private static void rounding(FunctionRegistry registry, String name, int minArguments, RoundingMode mode) {
        registry.register(name, minArguments, 2, (args, context) -> {
            if (args.length == 1) {
                return Lift.map(args[0], context, value -> round(value, 0, mode));
            }
            return Lift.map(args[0], args[1], context, (value, digits) -> round(value, Arguments.integer(digits), mode));
        });
    }

    private static Value round(Value value, long digits, RoundingMode mode) {
        return Values.number(ExcelDecimal.round(Coerce.toNumber(value), digits, mode));
    }
}
