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
        if (magnitude == 0) {
            return "0";
        }
        BigDecimal seen = ExcelDecimal.seen(magnitude);
        int lead = leadingExponent(seen);
        if (lead >= -4 && lead < WIDTH) {
            int decimals = Math.max(0, WIDTH - 2 - Math.max(lead, 0));
            BigDecimal rounded = seen.setScale(decimals, RoundingMode.HALF_UP);
            if (rounded.signum() != 0 && leadingExponent(rounded) < WIDTH) {
                return rounded.stripTrailingZeros().toPlainString();
            }
        }
        return scientific(seen, lead);
    }

    private static String scientific(BigDecimal seen, int lead) {
        int exponent = lead;
        BigDecimal mantissa = seen.movePointLeft(exponent).setScale(decimals(exponent), RoundingMode.HALF_UP);
        if (mantissa.compareTo(BigDecimal.TEN) >= 0) {
            exponent++;
            mantissa = seen.movePointLeft(exponent).setScale(decimals(exponent), RoundingMode.HALF_UP);
        }
        String digits = String.valueOf(Math.abs(exponent));
        return mantissa.stripTrailingZeros().toPlainString() + "E" + (exponent < 0 ? "-" : "+")
                + (digits.length() < 2 ? "0" + digits : digits);
    }

    /** Mantissa decimals that keep "d.dddddE+dd" within 11 characters. */
    private static int decimals(int exponent) {
        return Math.abs(exponent) >= 100 ? 4 : 5;
    }

    private static int leadingExponent(BigDecimal value) {
        return value.precision() - value.scale() - 1;
    }
}
