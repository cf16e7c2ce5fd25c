package org.aibyhand.engine.function;

import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Value;

/**
 * COUNT, COUNTA and COUNTBLANK. Unlike the other aggregates they never fail on errors: COUNT ignores them,
 * COUNTA counts them.
 */
final class CountFunctions {
    private CountFunctions() {
    }

    static void register(FunctionRegistry registry) {
        registry.register("COUNT", 1, 255, (args, context) -> count(args, context, false));
        registry.register("COUNTA", 1, 255, (args, context) -> count(args, context, true));
        registry.register("COUNTBLANK", 1, 1, CountFunctions::countBlank);
    }

    /**
     * COUNT (numbers only) or COUNTA (anything not blank). Inside ranges and arrays COUNT sees only numbers;
     * typed directly, logicals and numeric text count too, and COUNTA counts every argument it is given.
     */
    private static Value count(Value[] args, CallContext context, boolean anything) {
        long count = 0;
        for (Value argument : args) {
            if (argument instanceof ReferenceValue || argument instanceof ArrayValue) {
                ArrayValue array = Arguments.asArray(argument, context);
                for (int i = 0; i < array.size(); i++) {
                    Value element = array.get(i);
                    if (anything ? !(element instanceof EmptyValue) : element instanceof NumberValue) {
                        count++;
                    }
                }
            } else if (anything || countsDirectly(argument)) {
                count++;
            }
        }
        return new NumberValue(count);
    }

    /** A value typed as a COUNT argument: numbers, logicals, numeric text, and an omitted argument (0). */
    private static boolean countsDirectly(Value value) {
        if (value instanceof NumberValue || value instanceof BooleanValue || value instanceof EmptyValue) {
            return true;
        }
        return value instanceof TextValue text && Coerce.parseNumber(text.text()) != null;
    }

    /**
     * Blank cells plus cells holding "" (a formula's empty text). Excel accepts only a range here; anything
     * else cannot be entered there, so it is #VALUE!.
     */
    private static Value countBlank(Value[] args, CallContext context) {
        if (!(args[0] instanceof ReferenceValue reference)) {
            return args[0] instanceof ErrorValue error ? error : ErrorValue.VALUE;
        }
        ArrayValue cells = context.read(reference);
        long count = 0;
        for (int i = 0; i < cells.size(); i++) {
            Value cell = cells.get(i);
            if (cell instanceof EmptyValue || cell instanceof TextValue text && text.text().isEmpty()) {
                count++;
            }
        }
        return new NumberValue(count);
    }
}
