package org.aibyhand.engine.function;

import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Value;

/**
 * The text a cell shows for its value under an Excel number format: numbers through the format (General when
 * the code is one the engine cannot apply, such as dates), text as it is, TRUE/FALSE, errors by name.
 */
public final class DisplayFormat {
    private DisplayFormat() {
    }

    public static String text(Value value, String code) {
        return text(value, code, 11);
    }

    /**
     * As {@link #text(Value, String)} for a cell about {@code characters} digits wide: a General number gets
     * fewer decimals (or scientific notation) to fit, and {@code ###} when nothing fits, as Excel shows it.
     */
    public static String text(Value value, String code, int characters) {
        if (value instanceof EmptyValue) {
            return "";
        }
        if (value instanceof TextValue text) {
            return text.text();
        }
        if (value instanceof BooleanValue bool) {
            return bool.value() ? "TRUE" : "FALSE";
        }
        if (value instanceof ErrorValue error) {
            return error.type().text();
        }
        if (value instanceof NumberValue number) {
            if (code != null && !code.isEmpty() && !code.equalsIgnoreCase("General")) {
                try {
                    return NumberFormat.format(number, code);
                } catch (ErrorSignal | IllegalArgumentException unsupported) {
                    // fall back to General below
                }
            }
            double x = number.value();
            String sign = x < 0 ? "-" : "";
            String digits = GeneralFormat.format(Math.abs(x), Math.max(1, characters - sign.length()));
            return digits == null ? "#".repeat(Math.max(1, characters)) : sign + digits;
        }
        return "";
    }
}
