package org.aibyhand.engine.function;

import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.ErrorType;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.LambdaValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;

/**
 * Information about values and where they are: N, TYPE, ERROR.TYPE, ISNONTEXT, ISREF, ISFORMULA, FORMULATEXT,
 * SHEET and SHEETS.
 */
final class SheetInformation {
    private SheetInformation() {
    }

    static void register(FunctionRegistry registry) {
        registry.register("N", 1, 1, (args, context) -> {
            Value value = first(context.dereference(args[0]));
            if (value instanceof ErrorValue || value instanceof NumberValue) {
                return value;
            }
            return value instanceof BooleanValue bool && bool.value() ? NumberValue.ONE : NumberValue.ZERO;
        });
        registry.register("TYPE", 1, 1, (args, context) -> Values.number(type(args[0], context)));
        registry.register("ERROR.TYPE", 1, 1, (args, context) -> Lift.map(args[0], context, value ->
                value instanceof ErrorValue error ? Values.number(errorCode(error.type())) : ErrorValue.NA));
        registry.register("ISNONTEXT", 1, 1, (args, context) -> Lift.map(args[0], context,
                value -> BooleanValue.of(!(value instanceof TextValue))));
        registry.register("ISREF", 1, 1, (args, context) -> BooleanValue.of(args[0] instanceof ReferenceValue));
        registry.register("ISFORMULA", 1, 1, (args, context) -> args[0] instanceof ReferenceValue reference
                ? BooleanValue.of(formula(reference, context) != null) : ErrorValue.VALUE);
        registry.register("FORMULATEXT", 1, 1, (args, context) -> {
            if (!(args[0] instanceof ReferenceValue reference)) {
                return ErrorValue.VALUE;
            }
            String text = formula(reference, context);
            return text == null ? ErrorValue.NA : Values.text(text);
        });
        registry.register("SHEET", 0, 1, (args, context) -> {
            if (args.length == 0) {
                return Values.number(context.hostSheet() + 1);
            }
            if (args[0] instanceof ReferenceValue reference) {
                return Values.number(reference.sheet() + 1);
            }
            Value value = Arguments.scalar(args[0], context);
            if (value instanceof ErrorValue) {
                return value;
            }
            int index = context.sheetIndex(Coerce.toText(value));
            return index < 0 ? ErrorValue.NA : Values.number(index + 1);
        });
        registry.register("SHEETS", 0, 1, (args, context) -> {
            if (args.length == 0) {
                return Values.number(context.sheetCount());
            }
            return args[0] instanceof ReferenceValue ? NumberValue.ONE : ErrorValue.NA;
        });
    }

    private static Value first(Value value) {
        return value instanceof ArrayValue array ? array.get(0) : value;
    }

    /** The formula of a reference's top-left cell as written, or null when it holds none. */
    private static String formula(ReferenceValue reference, CallContext context) {
        return context.formulaText(reference.sheet(), reference.top(), reference.left());
    }

    /** TYPE: 1 number (and blank), 2 text, 4 logical, 16 error, 64 array, 128 LAMBDA. */
    private static int type(Value argument, CallContext context) {
        if (argument instanceof ReferenceValue reference && !reference.isSingleCell()) {
            return 64;
        }
        Value value = context.dereference(argument);
        if (value instanceof ArrayValue) {
            return 64;
        }
        if (value instanceof TextValue) {
            return 2;
        }
        if (value instanceof BooleanValue) {
            return 4;
        }
        if (value instanceof ErrorValue) {
            return 16;
        }
        return value instanceof LambdaValue ? 128 : 1; // numbers and blanks
    }

    private static int errorCode(ErrorType type) {
        switch (type) {
            case NULL: return 1;
            case DIV0: return 2;
            case VALUE: return 3;
            case REF: return 4;
            case NAME: return 5;
            case NUM: return 6;
            case NA: return 7;
            case GETTING_DATA: return 8;
            case SPILL: return 9;
            case CALC: return 14;
            default: return 6; // a circular reference is saved as #NUM!
        }
    }
}
