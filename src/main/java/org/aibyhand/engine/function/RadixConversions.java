package org.aibyhand.engine.function;

import java.util.Locale;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;

/**
 * Numbers written in other bases: BIN2DEC and the other eleven engineering conversions (ten digits at most,
 * negative numbers as ten-digit two's complement), and BASE and DECIMAL (any radix from 2 to 36).
 */
final class RadixConversions {
    private static final int DIGITS = 10;
    private static final String[] NAMES = {"BIN", "OCT", "DEC", "HEX"};
    private static final int[] RADICES = {2, 8, 10, 16};

    private RadixConversions() {
    }

    static void register(FunctionRegistry registry) {
        for (int from = 0; from < NAMES.length; from++) {
            for (int to = 0; to < NAMES.length; to++) {
                if (from != to) {
                    conversion(registry, RADICES[from], RADICES[to], NAMES[from] + "2" + NAMES[to]);
                }
            }
        }
        registry.register("BASE", 2, 3, (args, context) -> Broadcast.map(args, context, values -> Values.text(
                base(Coerce.toNumber(values[0]), Arguments.integer(values[1]),
                        Arguments.omitted(values, 2) ? 0 : Arguments.integer(values[2])))));
        registry.register("DECIMAL", 2, 2, (args, context) -> Lift.map(args[0], args[1], context,
                (text, radix) -> Values.number(decimal(Coerce.toText(text), Arguments.integer(radix)))));
    }

    private static void conversion(FunctionRegistry registry, int from, int to, String name) {
        boolean toDecimal = to == 10;
        registry.register(name, 1, toDecimal ? 1 : 2, (args, context) -> Broadcast.map(args, context, values -> {
            if (values[0] instanceof BooleanValue) {
                return ErrorValue.VALUE; // the Analysis ToolPak functions take no logicals
            }
            double number = from == 10 ? Coerce.toNumber(values[0]) : parse(values[0], from);
            if (toDecimal) {
                return Values.number(number);
            }
            Long places = Arguments.omitted(values, 1) ? null : Arguments.integer(values[1]);
            return Values.text(format(number, to, places));
        }));
    }

    /** Ten digits at most of {@code radix}; a ten-digit number with its top bit set is negative. */
    private static double parse(Value value, int radix) {
        String text = Coerce.toText(value).strip().toUpperCase(Locale.ROOT);
        if (text.length() > DIGITS) {
            throw new ErrorSignal(ErrorValue.NUM);
        }
        if (text.isEmpty()) {
            return 0;
        }
        long number = 0;
        for (char digit : text.toCharArray()) {
            int d = Character.digit(digit, radix);
            if (d < 0) {
                throw new ErrorSignal(ErrorValue.NUM);
            }
            number = number * radix + d;
        }
        long span = (long) Math.pow(radix, DIGITS);
        return text.length() == DIGITS && number >= span / 2 ? number - span : number;
    }

    /** In range for ten digits of two's complement; negatives take all ten, places pads positives. */
    private static String format(double value, int radix, Long places) {
        long span = (long) Math.pow(radix, DIGITS);
        long number = (long) NumberCalls.whole(value);
        if (number < -span / 2 || number >= span / 2) {
            throw new ErrorSignal(ErrorValue.NUM);
        }
        if (number < 0) {
            return Long.toString(span + number, radix).toUpperCase(Locale.ROOT);
        }
        String digits = Long.toString(number, radix).toUpperCase(Locale.ROOT);
        if (places == null) {
            return digits;
        }
        if (places < digits.length() || places > DIGITS) {
            throw new ErrorSignal(ErrorValue.NUM);
        }
        return "0".repeat((int) (places - digits.length())) + digits;
    }

    private static String base(double value, long radix, long minimumLength) {
        if (value < 0 || value >= 9_007_199_254_740_992.0 || radix < 2 || radix > 36 || minimumLength < 0
                || minimumLength > 255) {
            throw new ErrorSignal(ErrorValue.NUM);
        }
        String digits = Long.toString((long) value, (int) radix).toUpperCase(Locale.ROOT);
        return digits.length() >= minimumLength ? digits : "0".repeat((int) (minimumLength - digits.length())) + digits;
    }

    private static double decimal(String text, long radix) {
        if (radix < 2 || radix > 36 || text.length() > 255) {
            throw new ErrorSignal(ErrorValue.NUM);
        }
        double number = 0;
        for (char digit : text.strip().toCharArray()) {
            int d = Character.digit(digit, (int) radix);
            if (d < 0) {
                throw new ErrorSignal(ErrorValue.NUM);
            }
            number = number * radix + d;
        }
        return number;
    }
}
