package org.aibyhand.engine.function;

import java.util.Locale;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;

/**
 * ROMAN and ARABIC. ROMAN's form 0 is the classic numeral; forms 1 to 4 are Excel's ever more concise ones,
 * which let a smaller symbol further away stand before a larger one (499 is CDXCIX, LDVLIV, XDIX, VDIV, ID).
 */
final class RomanNumerals {
    private static final char[] SYMBOLS = {'M', 'D', 'C', 'L', 'X', 'V', 'I'};
    private static final int[] VALUES = {1000, 500, 100, 50, 10, 5, 1};
    private static final int LAST = SYMBOLS.length - 1;

    private RomanNumerals() {
    }

    static void register(FunctionRegistry registry) {
        registry.register("ROMAN", 1, 2, (args, context) -> args.length == 1 || Arguments.omitted(args, 1)
                ? Lift.map(args[0], context, number -> Values.text(roman(Arguments.integer(number), 0)))
                : Lift.map(args[0], args[1], context, (number, form) -> Values.text(roman(Arguments.integer(number), form(form)))));
        registry.register("ARABIC", 1, 1, (args, context) -> Lift.map(args[0], context,
                text -> Values.number(arabic(Coerce.toText(text)))));
    }

    /** TRUE is the classic form, FALSE the most concise; numbers 0 to 4 pick a form. */
    private static int form(Value form) {
        if (form instanceof BooleanValue bool) {
            return bool.value() ? 0 : 4;
        }
        long chosen = Arguments.integer(form);
        if (chosen < 0 || chosen > 4) {
            throw new ErrorSignal(ErrorValue.VALUE);
        }
        return (int) chosen;
    }

    static String roman(long number, int form) {
        if (number < 0 || number > 3999) {
            throw new ErrorSignal(ErrorValue.VALUE);
        }
        int rest = (int) number;
        StringBuilder out = new StringBuilder();
        for (int index = 0; index <= LAST; index += 2) { // M, C, X, I: one decimal digit each
            int digit = rest / VALUES[index];
            if (digit % 5 == 4) {
                int larger = digit == 4 ? index - 1 : index - 2;
                int smaller = index;
                // Each step of concision lets a smaller symbol stand before the larger one, while it still fits.
                for (int step = 0; step < form && smaller < LAST; step++) {
                    if (VALUES[larger] - VALUES[smaller + 1] > rest) {
                        break;
                    }
                    smaller++;
                }
                out.append(SYMBOLS[smaller]).append(SYMBOLS[larger]);
                rest -= VALUES[larger] - VALUES[smaller];
            } else {
                if (digit > 4) {
                    out.append(SYMBOLS[index - 1]);
                }
                out.append(String.valueOf(SYMBOLS[index]).repeat(digit % 5));
                rest %= VALUES[index];
            }
        }
        return out.toString();
    }

    /**
     * A numeral read right to left: a symbol smaller than the largest seen so far is subtracted, so the concise
     * forms read back too. Case and surrounding spaces do not matter; a leading minus negates; "" is 0.
     */
    static double arabic(String text) {
        String numeral = text.strip().toUpperCase(Locale.ROOT);
        if (numeral.length() > 255) {
            throw new ErrorSignal(ErrorValue.VALUE);
        }
        boolean negative = numeral.startsWith("-");
        if (negative) {
            numeral = numeral.substring(1);
        }
        int total = 0;
        int largest = 0;
        for (int i = numeral.length() - 1; i >= 0; i--) {
            int symbol = valueOf(numeral.charAt(i));
            if (symbol >= largest) {
                total += symbol;
                largest = symbol;
            } else {
                total -= symbol;
            }
        }
        return negative ? -total : total;
    }

    private static int valueOf(char symbol) {
        for (int i = 0; i < SYMBOLS.length; i++) {
            if (SYMBOLS[i] == symbol) {
                return VALUES[i];
            }
        }
        throw new ErrorSignal(ErrorValue.VALUE);
    }
}
