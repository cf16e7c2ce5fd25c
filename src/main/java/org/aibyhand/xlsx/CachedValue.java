package org.aibyhand.xlsx;

import org.aibyhand.engine.formula.FormulaPrinter;
import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorType;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.LambdaValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Value;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * How a value is stored in a {@code <c>} element: its {@code t} type (null for a number, the default), its text,
 * and whether the text goes into an inline {@code <is>} string instead of {@code <v>}. Text results of
 * formulas are {@code t="str"} (also the empty string, which is not a blank); text in cells without a formula
 * is written inline, so the shared-string table never has to be rewritten.
 */
record CachedValue(STCellType.Enum type, String text, boolean inline) {

    /** The stored form of {@code value}, or null when there is nothing to store (a formula not yet computed). */
    static CachedValue of(Value value, boolean formulaResult) {
        if (value instanceof ArrayValue array) {
            value = array.get(0, 0); // a cell shows the top-left element of an array result
        }
        if (value instanceof EmptyValue) {
            return null;
        }
        if (value instanceof NumberValue number) {
            return new CachedValue(null, FormulaPrinter.numberText(number.value()), false);
        }
        if (value instanceof TextValue text) {
            return formulaResult ? new CachedValue(STCellType.STR, text.text(), false)
                    : new CachedValue(STCellType.INLINE_STR, text.text(), true);
        }
        if (value instanceof BooleanValue bool) {
            return new CachedValue(STCellType.B, bool.value() ? "1" : "0", false);
        }
        ErrorType error = value instanceof ErrorValue e ? e.type()
                : value instanceof LambdaValue ? ErrorType.CALC // Excel shows #CALC! for a bare LAMBDA result
                : ErrorType.VALUE;
        // Excel has no circular-reference error value; it shows 0 with a warning. #NUM! keeps it visibly wrong.
        return new CachedValue(STCellType.E, (error == ErrorType.CYCLE ? ErrorType.NUM : error).text(), false);
    }
}
