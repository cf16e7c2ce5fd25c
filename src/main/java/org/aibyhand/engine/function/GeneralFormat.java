package org.aibyhand.engine.function;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Excel's General number format as TEXT applies it: at most 11 characters for the magnitude, so 1/3 is
 * "0.333333333"; scientific notation ("1.23457E+11") from 12 integer digits on and for magnitudes below 1E-4.
 */
final class GeneralFormat {
    private static final int WIDTH = 11;

    private GeneralFormat() {
    }

    /** The General text of a magnitude (zero or positive). */
    static String format(double magnitude) {
        return format(magnitude, WIDTH);
    }

    /**
     * The General text of a magnitude in at most {@code width} characters (at most 11), as a cell shows it in a
     * narrow column: fewer decimals first, then scientific notation; null when even that does not fit.
     */
    static String format(double magnitude, int width) {
        if (magnitude == 0) {
            return "0";
        }
        int w = Math.min(WIDTH, width);
        BigDecimal seen = ExcelDecimal.seen(magnitude);
        int lead = leadingExponent(seen);
        if (lead >= -4 && lead < w) {
            int decimals = Math.max(0, w - 2 - Math.max(lead, 0));
            BigDecimal rounded = seen.setScale(decimals, RoundingMode.HALF_UP);
            String plain = rounded.stripTrailingZeros().toPlainString();
            if (rounded.signum() != 0 && leadingExponent(rounded) < w && plain.length() <= w) {
                return plain;
            }
        }
        String scientific = scientific(seen, lead, w);
        return scientific.length() <= w ? scientific : null;
    }

    private static String scientific(BigDecimal seen, int lead, int width) {
        int exponent = lead;
        BigDecimal mantissa = seen.movePointLeft(exponent).setScale(decimals(exponent, width), RoundingMode.HALF_UP);
        if (mantissa.compareTo(BigDecimal.TEN) >= 0) {
            exponent++;
            mantissa = seen.movePointLeft(exponent).setScale(decimals(exponent, width), RoundingMode.HALF_UP);
        }
        String digits = String.valueOf(Math.abs(exponent));
        return mantissa.stripTrailingZeros().toPlainString() + "E" + (exponent < 0 ? "-" : "+")
                + (digits.length() < 2 ? "0" + digits : digits);
    }

    /** Mantissa decimals that keep "d.dddddE+dd" within the width (5 of them in 11 characters). */
    private static int decimals(int exponent, int width) {
        return Math.max(0, width - (Math.abs(exponent) >= 100 ? 7 : 6));
    }

    private static int leadingExponent(BigDecimal value) {
        return value.precision() - value.scale() - 1;
    }
}
