package org.aibyhand.app.network;

import javafx.scene.paint.Color;

/**
 * Colours and widths for numbers: blue for positive, red for negative, stronger and thicker the larger the
 * number is against the largest of its kind in the picture, so one glance compares weights.
 */
final class ValueColors {
    static final Color POSITIVE = Color.web("#1C64D8");
    static final Color NEGATIVE = Color.web("#D6336C");
    static final Color ZERO = Color.web("#D0D4DA");
    static final Color HIDDEN = Color.web("#ECEEF1");
    static final Color FIXED = Color.web("#9AA3AE");

    private ValueColors() {
    }

    /** 0..1: how large a value is against the largest magnitude {@code max}. */
    static double strength(double value, double max) {
        return max <= 0 || Double.isNaN(value) ? 0 : Math.min(1, Math.abs(value) / max);
    }

    /** An edge's colour: grey for zero, to full blue or red. */
    static Color line(double value, double max) {
        return ZERO.interpolate(value < 0 ? NEGATIVE : POSITIVE, 0.25 + 0.75 * strength(value, max));
    }

    /** A fill (a neuron or a heat-map square): white for zero, to a deep blue or red. */
    static Color fill(double value, double max) {
        return Color.WHITE.interpolate(value < 0 ? NEGATIVE : POSITIVE, 0.8 * strength(value, max));
    }

    /**
     * A heat-map square: its magnitude placed between the smallest and the largest of its map, so weights that
     * are all near 1/T (attention over similar tokens) still show which is larger.
     */
    static Color square(double value, double min, double max) {
        double t = max - min < 1e-12 ? 0.5 : 0.1 + 0.9 * (Math.abs(value) - min) / (max - min);
        return Color.WHITE.interpolate(value < 0 ? NEGATIVE : POSITIVE, 0.85 * Math.max(0, Math.min(1, t)));
    }

    /** An edge's width in pixels at a scale of one unit per {@code unit} pixels. */
    static double width(double value, double max, double unit) {
        return Math.max(0.6, unit / 40 * (0.5 + 4 * strength(value, max)));
    }

    /** A number short enough for a neuron: two decimals, or a power of ten when large. */
    static String text(double value) {
        return Math.abs(value) >= 1000 ? String.format(java.util.Locale.ROOT, "%.1e", value)
                : String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
