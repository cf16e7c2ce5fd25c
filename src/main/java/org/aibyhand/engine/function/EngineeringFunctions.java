package org.aibyhand.engine.function;

import static org.aibyhand.engine.function.NumberCalls.numbers;
import static org.aibyhand.engine.function.NumberCalls.or;
import static org.aibyhand.engine.function.NumberCalls.strictNumbers;
import static org.aibyhand.engine.function.NumberCalls.require;

/** ERF, ERFC and their .PRECISE forms, GESTEP, DELTA and the bitwise functions (BITAND, BITOR, ...). */
final class EngineeringFunctions {
    /** The bitwise functions take whole numbers below 2^48. */
    private static final double BIT_LIMIT = 281_474_976_710_656.0;

    private EngineeringFunctions() {
    }

    static void register(FunctionRegistry registry) {
        strictNumbers(registry, "ERF", 1, 2, x -> Double.isNaN(x[1]) ? SpecialFunctions.erf(x[0])
                : SpecialFunctions.erf(x[1]) - SpecialFunctions.erf(x[0]));
        strictNumbers(registry, "ERF.PRECISE", 1, 1, x -> SpecialFunctions.erf(x[0]));
        strictNumbers(registry, "ERFC", 1, 1, x -> SpecialFunctions.erfc(x[0]));
        strictNumbers(registry, "ERFC.PRECISE", 1, 1, x -> SpecialFunctions.erfc(x[0]));
        strictNumbers(registry, "GESTEP", 1, 2, x -> x[0] >= or(x[1], 0) ? 1 : 0);
        strictNumbers(registry, "DELTA", 1, 2, x -> x[0] == or(x[1], 0) ? 1 : 0);
        numbers(registry, "BITAND", 2, 2, x -> (double) (bits(x[0]) & bits(x[1])));
        numbers(registry, "BITOR", 2, 2, x -> (double) (bits(x[0]) | bits(x[1])));
        numbers(registry, "BITXOR", 2, 2, x -> (double) (bits(x[0]) ^ bits(x[1])));
        numbers(registry, "BITLSHIFT", 2, 2, x -> shift(x[0], x[1]));
        numbers(registry, "BITRSHIFT", 2, 2, x -> shift(x[0], -x[1]));
    }

    private static long bits(double value) {
        require(value >= 0 && value < BIT_LIMIT && value == Math.floor(value));
        return (long) value;
    }

    /** Shifts left by {@code amount} (right when negative); at most 53 places, the result below 2^48. */
    private static double shift(double value, double amount) {
        long number = bits(value);
        double places = NumberCalls.whole(amount);
        require(Math.abs(places) <= 53);
        double result = places >= 0 ? number * Math.pow(2, places) : Math.floor(number / Math.pow(2, -places));
        require(result < BIT_LIMIT);
        return result;
    }
}
