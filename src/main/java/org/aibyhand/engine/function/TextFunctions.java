package org.aibyhand.engine.function;

import java.util.Locale;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;

/**
 * Text functions: CONCATENATE, LEN, LEFT, RIGHT, MID, UPPER, LOWER, VALUE and TEXT. Arguments become text the
 * way Excel converts them (numbers in General format, TRUE/FALSE, a blank as ""), and every function maps
 * over arrays. Lengths count UTF-16 units, as Excel's LEN does.
 */
final class TextFunctions {
    private TextFunctions() {
    }

    static void register(FunctionRegistry registry) {
        registry.register("CONCATENATE", 1, 255, (args, context) -> Broadcast.map(args, context, values -> {
            StringBuilder text = new StringBuilder();
            for (Value value : values) {
                text.append(Coerce.toText(value));
            }
            return new TextValue(text.toString());
        }));
        registry.register("LEN", 1, 1, (args, context) ->
                Lift.map(args[0], context, value -> new NumberValue(Coerce.toText(value).length())));
        registry.register("UPPER", 1, 1, (args, context) ->
                Lift.map(args[0], context, value -> new TextValue(Coerce.toText(value).toUpperCase(Locale.ROOT))));
        registry.register("LOWER", 1, 1, (args, context) ->
                Lift.map(args[0], context, value -> new TextValue(Coerce.toText(value).toLowerCase(Locale.ROOT))));
        registry.register("LEFT", 1, 2, (args, context) -> withCount(args, context, true));
        registry.register("RIGHT", 1, 2, (args, context) -> withCount(args, context, false));
        registry.register("MID", 3, 3, (args, context) -> Broadcast.map(args, context,
                values -> mid(Coerce.toText(values[0]), Arguments.integer(values[1]), Arguments.integer(values[2]))));
        registry.register("VALUE", 1, 1, (args, context) -> Lift.map(args[0], context, TextFunctions::value));
        registry.register("TEXT", 2, 2, (args, context) -> Lift.map(args[0], args[1], context,
                (value, format) -> new TextValue(NumberFormat.format(value, Coerce.toText(format)))));
    }

    /** LEFT or RIGHT; the count defaults to 1 when absent (an empty argument, LEFT(x,), means 0). */
    private static Value withCount(Value[] args, CallContext context, boolean left) {
        if (Arguments.absent(args, 1)) {
            return Lift.map(args[0], context, text -> end(Coerce.toText(text), 1, left));
        }
        return Lift.map(args[0], args[1], context,
                (text, count) -> end(Coerce.toText(text), Arguments.integer(count), left));
    }

    private static Value end(String text, long count, boolean left) {
        if (count < 0) {
            throw new ErrorSignal(ErrorValue.VALUE);
        }
        int n = (int) Math.min(count, text.length());
        return new TextValue(left ? text.substring(0, n) : text.substring(text.length() - n));
    }

    private static Value mid(String text, long start, long count) {
        if (start < 1 || count < 0) {
            throw new ErrorSignal(ErrorValue.VALUE);
        }
        if (start > text.length()) {
            return TextValue.EMPTY;
        }
        int from = (int) start - 1;
        return new TextValue(text.substring(from, (int) Math.min(text.length(), from + count)));
    }

    /**
     * VALUE: text that reads as a number becomes it. Beyond what arithmetic accepts, VALUE also reads thousands
     * separators ("1,234"), a leading dollar sign and accounting parentheses ("(5)" is -5). Dates and times are
     * not read. A logical is #VALUE!, a blank cell 0.
     */
    private static Value value(Value value) {
        if (value instanceof NumberValue) {
            return value;
        }
        if (value instanceof EmptyValue) {
            return NumberValue.ZERO;
        }
        if (value instanceof BooleanValue) {
            throw new ErrorSignal(ErrorValue.VALUE);
        }
        Double parsed = parseLenient(Coerce.toText(value));
        if (parsed == null) {
            throw new ErrorSignal(ErrorValue.VALUE);
        }
        return Values.number(parsed);
    }

    static Double parseLenient(String text) {
        String body = text.strip();
        boolean negative = false;
        if (body.length() > 2 && body.startsWith("(") && body.endsWith(")")) {
            negative = true;
            body = body.substring(1, body.length() - 1).strip();
        }
        String sign = "";
        if (body.startsWith("-") || body.startsWith("+")) {
            sign = body.substring(0, 1);
            body = body.substring(1).strip();
        }
        if (body.startsWith("$")) {
            body = body.substring(1).strip();
        }
        body = withoutGroupSeparators(body);
        if (body == null || negative && !sign.isEmpty()) {
            return null;
        }
        Double parsed = Coerce.parseNumber(sign + body);
        return parsed == null ? null : negative ? -parsed : parsed;
    }

    /** "1,234,567.5" without its commas; null when the commas do not separate groups of three digits. */
    private static String withoutGroupSeparators(String text) {
        int comma = text.indexOf(',');
        if (comma < 0) {
            return text;
        }
        int end = text.indexOf('.');
        if (end < 0) {
            end = text.length();
        }
        String integer = text.substring(0, end);
        if (!integer.matches("\\d{1,3}(,\\d{3})+")) {
            return null;
        }
        return integer.replace(",", "") + text.substring(end);
    }
}
