package org.aibyhand.engine.function;

import java.math.RoundingMode;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;

/**
 * ROUND, ROUNDUP, ROUNDDOWN, TRUNC and INT. They round the 15-digit decimal Excel shows
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
