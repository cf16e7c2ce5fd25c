package org.aibyhand.bench;

import java.util.Locale;

/** Numbers as the report prints them: thousands separators, a few significant digits, units. */
final class Figures {
    private Figures() {
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Milliseconds from nanoseconds, with enough decimals to show small times. */
    static String millis(long nanos) {
        return decimal(nanos / 1e6);
    }

    /** Microseconds from nanoseconds. */
    static String micros(double nanos) {
        return decimal(nanos / 1e3);
    }

    static String seconds(long nanos) {
        return decimal(nanos / 1e9);
    }

    /** Three significant digits below 100, whole numbers with separators above. */
    static String decimal(double x) {
        double size = Math.abs(x);
        if (size >= 100 || x == 0) {
            return String.format(Locale.ROOT, "%,.0f", x);
        }
        if (size >= 10) {
            return String.format(Locale.ROOT, "%.1f", x);
        }
        if (size >= 1) {
            return String.format(Locale.ROOT, "%.2f", x);
        }
        return String.format(Locale.ROOT, "%.3g", x);
    }

    /** A ratio such as {@code 12.3x}. */
    static String times(double ratio) {
        return decimal(ratio) + "x";
    }

    static String megabytes(long bytes) {
        return decimal(bytes / (1024.0 * 1024.0));
    }

    /** A floating-point difference, in scientific notation. */
    static String difference(double x) {
        return String.format(Locale.ROOT, "%.1e", x);
    }
}
