package org.aibyhand.engine.value;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Excel's conversions between scalar kinds. Each method takes a scalar (references and arrays must be
 * resolved by the caller) and throws {@link ErrorSignal} where Excel yields an error.
 */
public final class Coerce {
    private Coerce() {
    }

    /** A value as a number: blank is 0, TRUE is 1, text is parsed (else #VALUE!), errors propagate. */
    public static double toNumber(Value value) {
        if (value instanceof NumberValue number) {
            return number.value();
        }
        if (value instanceof BooleanValue bool) {
            return bool.value() ? 1 : 0;
        }
        if (value instanceof EmptyValue) {
            return 0;
        }
        if (value instanceof TextValue text) {
            Double parsed = parseNumber(text.text());
            if (parsed == null) {
                throw new ErrorSignal(ErrorValue.VALUE);
            }
            return parsed;
        }
        if (value instanceof ErrorValue error) {
            throw new ErrorSignal(error);
        }
        throw new ErrorSignal(ErrorValue.VALUE);
    }

    /** A value as text: numbers in Excel's general format, TRUE/FALSE, blank as "". */
    public static String toText(Value value) {
        if (value instanceof TextValue text) {
            return text.text();
        }
        if (value instanceof NumberValue number) {
            return numberToText(number.value());
        }
        if (value instanceof BooleanValue bool) {
            return bool.value() ? "TRUE" : "FALSE";
        }
        if (value instanceof EmptyValue) {
            return "";
        }
        if (value instanceof ErrorValue error) {
            throw new ErrorSignal(error);
        }
        throw new ErrorSignal(ErrorValue.VALUE);
    }

    /** A value as a logical: numbers are TRUE unless 0, text "TRUE"/"FALSE" only, blank is FALSE. */
    public static boolean toBoolean(Value value) {
        if (value instanceof BooleanValue bool) {
            return bool.value();
        }
        if (value instanceof NumberValue number) {
            return number.value() != 0;
        }
        if (value instanceof EmptyValue) {
            return false;
        }
        if (value instanceof TextValue text) {
            if (text.text().equalsIgnoreCase("TRUE")) {
                return true;
            }
            if (text.text().equalsIgnoreCase("FALSE")) {
                return false;
            }
            throw new ErrorSignal(ErrorValue.VALUE);
        }
        if (value instanceof ErrorValue error) {
            throw new ErrorSignal(error);
        }
        throw new ErrorSignal(ErrorValue.VALUE);
    }

    /**
     * Parses text as Excel does when text meets arithmetic: surrounding spaces, a sign, decimals, an exponent
     * and a trailing percent sign are accepted. Returns null when the text is not a number.
     */
    public static Double parseNumber(String text) {
        String trimmed = text.strip();
        double scale = 1;
        if (trimmed.endsWith("%")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
            scale = 0.01;
        }
        if (trimmed.isEmpty() || !isDecimalLiteral(trimmed)) {
            return null;
        }
        try {
            double parsed = Double.parseDouble(trimmed) * scale;
            return Double.isFinite(parsed) ? parsed : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static boolean isDecimalLiteral(String text) {
        int i = 0;
        int n = text.length();
        if (text.charAt(i) == '+' || text.charAt(i) == '-') {
            i++;
        }
        int digits = 0;
        while (i < n && isAsciiDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && text.charAt(i) == '.') {
            i++;
            while (i < n && isAsciiDigit(text.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < n && isAsciiDigit(text.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    /**
     * A number as Excel's General format writes it when converting to text: at most 15 significant digits,
     * scientific notation for very large or very small magnitudes.
     */
    public static String numberToText(double value) {
        if (value == 0) {
            return "0";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new java.math.MathContext(15)).stripTrailingZeros();
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent >= 15 || exponent < -9) {
            BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
            String sign = exponent < 0 ? "-" : "+";
            return mantissa.toPlainString() + "E" + sign + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
        }
        return rounded.toPlainString();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
