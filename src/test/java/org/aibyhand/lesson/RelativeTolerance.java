package org.aibyhand.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Compares numbers within a relative tolerance that turns absolute below {@code floor}: the error is
 * |actual − expected| / max(|expected|, |actual|, floor). With floor 1 that is "relative, or absolute near zero";
 * a small floor keeps finite differences of tiny gradients from being judged on their rounding noise. Remembers
 * the largest error seen, so a test class can report it.
 */
public final class RelativeTolerance {
    private final String what;
    private final double tolerance;
    private final double floor;
    private double largest;
    private String where = "nothing compared";
    private long compared;

    public RelativeTolerance(String what, double tolerance, double floor) {
        this.what = what;
        this.tolerance = tolerance;
        this.floor = floor;
    }

    public double error(double expected, double actual) {
        double scale = Math.max(floor, Math.max(Math.abs(expected), Math.abs(actual)));
        return Math.abs(expected - actual) / scale;
    }

    public void check(String label, double expected, double actual) {
        double error = error(expected, actual);
        if (!(error <= tolerance)) {
            throw new AssertionError(what + ": " + label + " expected " + expected + " but was " + actual
                    + " (error " + error + " > " + tolerance + ")");
        }
        compared++;
        if (error >= largest) {
            largest = error;
            where = label;
        }
    }

    public void check(String name, double[][] expected, double[][] actual) {
        assertEquals(expected.length, actual.length, name + " rows");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i].length, actual[i].length, name + " columns");
            for (int j = 0; j < expected[i].length; j++) {
                check(name + "[" + i + "][" + j + "]", expected[i][j], actual[i][j]);
            }
        }
    }

    public String report() {
        return String.format("%s: largest error %.3e at %s over %,d values (tolerance %.0e, floor %.0e)", what, largest,
                where, compared, tolerance, floor);
    }
}
