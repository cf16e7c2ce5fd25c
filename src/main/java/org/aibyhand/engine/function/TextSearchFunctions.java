package org.aibyhand.engine.function;

import java.util.Locale;
import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Value;

/**
 * FIND, SEARCH, SUBSTITUTE, TRIM, REPT, CONCAT and TEXTJOIN. FIND is case-sensitive; SEARCH is not and takes
 * wildcards. Positions are 1-based; text not found is #VALUE!. The scalar ones map over arrays.
 */
final class TextSearchFunctions {
    /** Excel's limit on the length of a cell's text. */
    private static final int MAX_TEXT = 32_767;

    private TextSearchFunctions() {
    }

    static void register(FunctionRegistry registry) {
        registry.register("FIND", 2, 3, (args, context) -> Broadcast.map(args, context, values -> find(values, false)));
        registry.register("SEARCH", 2, 3, (args, context) -> Broadcast.map(args, context, values -> find(values, true)));
        registry.register("SUBSTITUTE", 3, 4, (args, context) -> Broadcast.map(args, context, TextSearchFunctions::substitute));
        registry.register("TRIM", 1, 1, (args, context) ->
                Lift.map(args[0], context, value -> new TextValue(Coerce.toText(value).trim().replaceAll(" {2,}", " "))));
        registry.register("REPT", 2, 2, (args, context) -> Lift.map(args[0], args[1], context, (text, times) -> {
            long count = Arguments.integer(times);
            String unit = Coerce.toText(text);
            if (count < 0 || unit.length() * count > MAX_TEXT) {
                return ErrorValue.VALUE;
            }
            return new TextValue(unit.repeat((int) count));
        }));
        registry.register("CONCAT", 1, 253, (args, context) -> join(args, 0, "", true, context));
        registry.register("TEXTJOIN", 3, 252, (args, context) -> join(args, 2, Coerce.toText(Arguments.scalar(args[0], context)),
                Coerce.toBoolean(Arguments.scalar(args[1], context)), context));
    }

    /** FIND and SEARCH(find_text, within_text, [start_num]). */
    private static Value find(Value[] values, boolean ignoringCase) {
        String sought = Coerce.toText(values[0]);
        String within = Coerce.toText(values[1]);
        long start = values.length > 2 ? Arguments.integer(values[2]) : 1;
        if (start < 1 || start > within.length() + 1) {
            return ErrorValue.VALUE;
        }
        int from = (int) start - 1;
        if (!ignoringCase) {
            int at = within.indexOf(sought, from);
            return at < 0 ? ErrorValue.VALUE : new NumberValue(at + 1);
        }
        String pattern = sought.toLowerCase(Locale.ROOT);
        for (int at = from; at <= within.length(); at++) {
            for (int end = at; end <= within.length(); end++) {
                if (Wildcard.matches(pattern, within.substring(at, end))) {
                    return new NumberValue(at + 1);
                }
            }
        }
        return ErrorValue.VALUE;
    }

    /** SUBSTITUTE(text, old, new, [instance]): every occurrence, or only the given one. */
    private static Value substitute(Value[] values) {
        String text = Coerce.toText(values[0]);
        String old = Coerce.toText(values[1]);
        String replacement = Coerce.toText(values[2]);
        if (old.isEmpty()) {
            return new TextValue(text);
        }
        if (values.length < 4) {
            long occurrences = 0;
            for (int at = text.indexOf(old); at >= 0; at = text.indexOf(old, at + old.length())) {
                occurrences++;
            }
            if (text.length() + occurrences * (replacement.length() - old.length()) > MAX_TEXT) {
                return ErrorValue.VALUE; // measured before building it: the result could be billions of characters
            }
            return new TextValue(text.replace(old, replacement));
        }
        long instance = Arguments.integer(values[3]);
        if (instance < 1) {
            return ErrorValue.VALUE;
        }
        int at = -1;
        for (long n = 0; n < instance; n++) {
            at = text.indexOf(old, at + 1);
            if (at < 0) {
                return new TextValue(text);
            }
        }
        if (text.length() + replacement.length() - old.length() > MAX_TEXT) {
            return ErrorValue.VALUE;
        }
        return new TextValue(text.substring(0, at) + replacement + text.substring(at + old.length()));
    }

    /** CONCAT and TEXTJOIN: every value of every argument (ranges row by row), optionally skipping empty ones. */
    private static Value join(Value[] args, int first, String delimiter, boolean skipEmpty, CallContext context) {
        StringBuilder out = new StringBuilder();
        boolean any = false;
        for (int i = first; i < args.length; i++) {
            ArrayValue values = Arguments.asArray(args[i], context);
            for (int k = 0; k < values.size(); k++) {
                Value value = values.get(k);
                ErrorSignal.check(value);
                String text = Coerce.toText(value);
                if (skipEmpty && text.isEmpty()) {
                    continue;
                }
                if (any) {
                    out.append(delimiter);
                }
                out.append(text);
                any = true;
                if (out.length() > MAX_TEXT) {
                    return ErrorValue.VALUE;
                }
            }
        }
        return new TextValue(out.toString());
    }
}
