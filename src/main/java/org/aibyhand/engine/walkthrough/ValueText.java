package org.aibyhand.engine.walkthrough;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.aibyhand.engine.formula.FormulaPrinter;
import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Value;

/**
 * Values written short enough to follow by eye: numbers with at most 4 significant digits (all the digits of a
 * whole part of 5 to 11 digits), switching to Excel General's scientific form ({@code 1.234E-07}) below 1E-4
 * and from 1E+11 on; text in quotes, TRUE/FALSE, errors as Excel writes them.
 */
public final class ValueText {
    private static final int DIGITS = 4;
    /** Excel General shows numbers of 1E+11 and more (12 integer digits) in scientific form... */
    private static final int LARGEST_PLAIN_EXPONENT = 10;
    /** ...and those below 1E-4. */
    private static final int SMALLEST_PLAIN_EXPONENT = -4;

    private ValueText() {
    }

    /** A number such as {@code 0.4218}, {@code 12346}, {@code -3} or {@code 1.234E-07}. */
    public static String number(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? "0" : Double.toString(value);
        }
        BigDecimal magnitude = new BigDecimal(Double.toString(Math.abs(value)));
        int exponent = exponent(magnitude);
        // whole digits are never rounded away, except in scientific form
        int digits = exponent > LARGEST_PLAIN_EXPONENT ? DIGITS : Math.max(DIGITS, exponent + 1);
        BigDecimal rounded = magnitude.round(new MathContext(digits, RoundingMode.HALF_UP));
        exponent = exponent(rounded);
        String sign = value < 0 ? "-" : "";
        if (exponent >= SMALLEST_PLAIN_EXPONENT && exponent <= LARGEST_PLAIN_EXPONENT) {
            return sign + rounded.stripTrailingZeros().toPlainString();
        }
        String mantissa = rounded.movePointLeft(exponent).stripTrailingZeros().toPlainString();
        String power = String.valueOf(Math.abs(exponent));
        return sign + mantissa + "E" + (exponent < 0 ? "-" : "+") + (power.length() < 2 ? "0" + power : power);
    }

    /** A value as a result: a number, quoted text, TRUE/FALSE, an error, or nothing for a blank. */
    public static String of(Value value) {
        if (value instanceof NumberValue number) {
            return number(number.value());
        }
        if (value instanceof TextValue text) {
            return '"' + text.text().replace("\"", "\"\"") + '"';
        }
        if (value instanceof BooleanValue bool) {
            return bool.value() ? "TRUE" : "FALSE";
        }
        if (value instanceof ErrorValue error) {
            return error.type().text();
        }
        if (value instanceof ArrayValue array) {
            return array(array);
        }
        return value instanceof EmptyValue ? "" : value.toString();
    }

    /**
     * A value standing in for a reference inside a formula: a negative number in parentheses so that
     * {@code (-0.2)*0.3} reads as written, a blank as the 0 arithmetic takes it for.
     */
    static String operand(Value value) {
        if (value instanceof NumberValue number && number.value() < 0) {
            return "(" + number(number.value()) + ")";
        }
        return value instanceof EmptyValue ? "0" : of(value);
    }

    /** An array constant such as {@code {1,-2;3,4}} (no parentheses inside braces, where Excel allows none). */
    static String array(ArrayValue array) {
        return FormulaPrinter.arrayConstant(array, element -> element instanceof EmptyValue ? "0" : of(element));
    }

    private static int exponent(BigDecimal positive) {
        return positive.precision() - positive.scale() - 1;
    }
}
