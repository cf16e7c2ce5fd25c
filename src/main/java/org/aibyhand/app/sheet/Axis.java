package org.aibyhand.app.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sizes along one direction of a sheet (the rows or the columns), in pixels at 100% zoom: a default size and
 * runs of other sizes (hidden ones are 0). Positions and the index at a position are found by binary search
 * over the runs, so memory grows with the number of runs of other sizes, never with the sheet's extent.
 */
public final class Axis {
    private final int count;
    private final int[] first;
    private final double[] size;
    private final double[] start;

    /** A run of indices {@code first..last} (inclusive) of one size. */
    public record Run(int first, int last, double size) {
    }

    /**
     * An axis of {@code count} indices, each {@code defaultSize} wide except those in {@code runs} (which may
     * come in any order and must not overlap).
     */
    public Axis(int count, double defaultSize, List<Run> runs) {
        this.count = count;
        List<Run> sorted = new ArrayList<>(runs);
        sorted.removeIf(r -> r.first() >= count || r.last() < r.first());
        sorted.sort((a, b) -> Integer.compare(a.first(), b.first()));
        List<Run> all = new ArrayList<>();
        int next = 0;
        for (Run run : sorted) {
            int from = Math.max(run.first(), next);
            int to = Math.min(run.last(), count - 1);
            if (from > to) {
                continue;
            }
            if (from > next) {
                all.add(new Run(next, from - 1, defaultSize));
            }
            all.add(new Run(from, to, run.size()));
            next = to + 1;
        }
        if (next < count) {
            all.add(new Run(next, count - 1, defaultSize));
        }
        first = new int[all.size()];
        size = new double[all.size()];
        start = new double[all.size() + 1];
        for (int i = 0; i < all.size(); i++) {
            first[i] = all.get(i).first();
            size[i] = all.get(i).size();
            start[i + 1] = start[i] + (all.get(i).last() - all.get(i).first() + 1) * size[i];
        }
    }

    /** How many indices (rows or columns) the axis has. */
    public int count() {
        return count;
    }

    /** The size of one index (0 when hidden). */
    public double size(int index) {
        return size[run(index)];
    }

    /** The offset of an index's leading edge from the axis's start; {@code count()} gives the total length. */
    public double start(int index) {
        if (index >= count) {
            return start[start.length - 1];
        }
        int r = run(Math.max(0, index));
        return start[r] + (Math.max(0, index) - first[r]) * size[r];
    }

    /** The total length. */
    public double length() {
        return start[start.length - 1];
    }

    /** The visible index whose extent holds {@code offset} (the last one past the end, the first before it). */
    public int indexAt(double offset) {
        if (offset <= 0) {
            return nextVisible(0, 1);
        }
        if (offset >= length()) {
            return nextVisible(count - 1, -1);
        }
        int r = Arrays.binarySearch(start, 0, first.length, offset);
        r = r >= 0 ? r : -r - 2;
        while (size[r] <= 0 && r + 1 < first.length) {
            r++;
        }
        int within = (int) Math.floor((offset - start[r]) / size[r]);
        int last = r + 1 < first.length ? first[r + 1] - 1 : count - 1;
        return Math.min(first[r] + Math.max(0, within), last);
    }

    /** Whether an index is hidden (size 0). */
    public boolean hidden(int index) {
        return size(index) <= 0;
    }

    /**
     * The nearest index from {@code index} in direction {@code step} (+1 or -1) that is not hidden, or
     * {@code index} itself when every index that way is hidden.
     */
    public int nextVisible(int index, int step) {
        int i = Math.max(0, Math.min(count - 1, index));
        while (i >= 0 && i < count && hidden(i)) {
            int r = run(i);
            i = step > 0 ? (r + 1 < first.length ? first[r + 1] : count) : first[r] - 1;
        }
        return i < 0 || i >= count ? index : i;
    }

    private int run(int index) {
        int r = Arrays.binarySearch(first, index);
        return r >= 0 ? r : -r - 2;
    }
}
