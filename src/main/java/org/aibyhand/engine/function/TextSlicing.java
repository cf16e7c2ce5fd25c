package org.aibyhand.engine.function;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;

/**
 * TEXTBEFORE and TEXTAFTER: the text before or after the n-th delimiter (any of several), counted from the start
 * or, for a negative n, from the end; optionally case-insensitive and with the text's end taken as a delimiter.
 */
final class TextSlicing {
    private TextSlicing() {
    }

    static void register(FunctionRegistry registry) {
        registry.register("TEXTBEFORE", 2, 6, (args, context) -> slice(args, context, true));
        registry.register("TEXTAFTER", 2, 6, (args, context) -> slice(args, context, false));
    }

    private static Value slice(Value[] args, CallContext context, boolean before) {
        List<String> delimiters = new ArrayList<>();
        ArrayValue given = Arguments.asArray(args[1], context);
        for (int i = 0; i < given.size(); i++) {
            delimiters.add(Coerce.toText(given.get(i)));
        }
        long instance = Arguments.integer(args, 2, 1, context);
        boolean ignoreCase = Arguments.flag(args, 3, context);
        boolean endIsDelimiter = Arguments.flag(args, 4, context);
        Value notFound = Arguments.omitted(args, 5) ? ErrorValue.NA : Arguments.scalar(args[5], context);
        return Lift.map(args[0], context, text -> cut(Coerce.toText(text), delimiters, instance, ignoreCase,
                endIsDelimiter, before, notFound));
    }

    private static Value cut(String text, List<String> delimiters, long instance, boolean ignoreCase,
            boolean endIsDelimiter, boolean before, Value notFound) {
        if (instance == 0 || Math.abs(instance) > Math.max(text.length(), 1)) {
            throw new ErrorSignal(ErrorValue.VALUE);
        }
        String haystack = ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
        List<int[]> matches = new ArrayList<>(); // start and end of each delimiter found, left to right
        if (instance < 0 && endIsDelimiter) {
            matches.add(new int[] {0, 0});
        }
        int at = 0;
        while (at <= text.length()) {
            int[] match = matchAt(haystack, at, delimiters, ignoreCase);
            if (match == null) {
                at++;
                continue;
            }
            matches.add(match);
            at = match[1] > match[0] ? match[1] : at + 1;
            if (match[1] == match[0] && at > text.length()) {
                break;
            }
        }
        if (instance > 0 && endIsDelimiter) {
            matches.add(new int[] {text.length(), text.length()});
        }
        int index = instance > 0 ? (int) instance - 1 : matches.size() + (int) instance;
        if (index < 0 || index >= matches.size()) {
            return notFound;
        }
        int[] chosen = matches.get(index);
        return Values.text(before ? text.substring(0, chosen[0]) : text.substring(chosen[1]));
    }

    private static int[] matchAt(String haystack, int at, List<String> delimiters, boolean ignoreCase) {
        for (String delimiter : delimiters) {
            String needle = ignoreCase ? delimiter.toLowerCase(Locale.ROOT) : delimiter;
            if (haystack.startsWith(needle, at)) {
                return new int[] {at, at + needle.length()};
            }
        }
        return null;
    }
}
