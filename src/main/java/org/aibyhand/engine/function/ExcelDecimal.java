package org.aibyhand.engine.function;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The decimal number Excel shows for a double: at most 15 significant digits. Rounding and formatting work on
 * this value, which is why Excel's ROUND(2.675, 2) is 2.68 although the double is 2.67499999999999982...
 */
final class ExcelDecimal {
    static final int SIGNIFICANT_DIGITS = 15;
    private static final MathContext SEEN = new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN);

    private ExcelDecimal() {
    }

    /** {@code value} (finite) rounded to 15 significant digits, trailing zeros removed. */
    static BigDecimal seen(double value) {
        if (value == 0) {
            return BigDecimal.ZERO;
        }
        return new BigDecimal(value).round(SEEN).stripTrailingZeros();
    }

    /**
     * {@code value} rounded to {@code digits} decimals (negative: to tens, hundreds...) in {@code mode}, applied
     * to the 15-digit value, so digits past the fifteenth never decide (and ROUND(0.1+0.2, 1) is exactly 0.3).
     * Whole numbers are kept as they are when rounding to decimals, even past 15 digits.
     */
    static double round(double value, long digits, RoundingMode mode) {
        if (digits >= 0 && value == Math.rint(value)) {
            return value;
        }
        // Beyond +-400 digits every finite double rounds to 0 (or, rounding up, past the double range).
        int scale = (int) Math.max(-400, Math.min(400, digits));
        return seen(value).setScale(scale, mode).doubleValue();
    }
}
