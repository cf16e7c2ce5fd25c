package org.aibyhand.engine.eval;

import java.util.Arrays;
import java.util.List;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.format.ConditionalFormat;
import org.aibyhand.engine.book.format.ConditionalRule.ScalePoint;
import org.aibyhand.engine.book.format.Rgb;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.NumberValue;

/**
 * The numbers in a conditional format's ranges, sorted once, from which colour scales and data bars place
 * their stops: the minimum, the maximum, a percent of the way between, or a percentile. Text, booleans,
 * blanks and errors do not count, as in Excel.
 */
final class ScaleStatistics {
    private final double[] sorted;

    private ScaleStatistics(double[] sorted) {
        this.sorted = sorted;
    }

    static ScaleStatistics of(Sheet sheet, ConditionalFormat format) {
        double[] numbers = new double[16];
        int count = 0;
        for (Area area : format.ranges()) {
            for (int r = area.top(); r <= area.bottom(); r++) {
                for (int c = area.left(); c <= area.right(); c++) {
                    if (sheet.value(r, c) instanceof NumberValue number) {
                        if (count == numbers.length) {
                            numbers = Arrays.copyOf(numbers, count * 2);
                        }
                        numbers[count++] = number.value();
                    }
                }
            }
        }
        double[] sorted = Arrays.copyOf(numbers, count);
        Arrays.sort(sorted);
        return new ScaleStatistics(sorted);
    }

    boolean isEmpty() {
        return sorted.length == 0;
    }

    /** Where a stop sits among the numbers. */
    double position(ScalePoint point) {
        double min = sorted[0];
        double max = sorted[sorted.length - 1];
        return switch (point.kind()) {
            case MIN -> min;
            case MAX -> max;
            case NUMBER -> point.value();
            case PERCENT -> min + (max - min) * point.value() / 100;
            case PERCENTILE -> percentile(point.value() / 100);
        };
    }

    /** Excel's PERCENTILE.INC: linear between the two closest ranks. */
    private double percentile(double fraction) {
        double rank = Math.max(0, Math.min(1, fraction)) * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        if (below + 1 >= sorted.length) {
            return sorted[sorted.length - 1];
        }
        return sorted[below] + (rank - below) * (sorted[below + 1] - sorted[below]);
    }

    /** The colour of {@code x} on a scale: the stops' colours mixed linearly between the stops around it. */
    Rgb color(List<ScalePoint> points, double x) {
        double previous = position(points.get(0));
        if (x <= previous) {
            return points.get(0).color();
        }
        for (int i = 1; i < points.size(); i++) {
            double next = position(points.get(i));
            if (x <= next) {
                double span = next - previous;
                return span <= 0 ? points.get(i).color()
                        : points.get(i - 1).color().mix(points.get(i).color(), (x - previous) / span);
            }
            previous = next;
        }
        return points.get(points.size() - 1).color();
    }

    /** How much of a data bar {@code x} fills, from the bar's minimum (0) to its maximum (1). */
    double fraction(ScalePoint min, ScalePoint max, double x) {
        double low = position(min);
        double high = position(max);
        if (high <= low) {
            return x >= high ? 1 : 0;
        }
        return Math.max(0, Math.min(1, (x - low) / (high - low)));
    }
}
