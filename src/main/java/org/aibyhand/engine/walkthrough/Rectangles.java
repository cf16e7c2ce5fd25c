package org.aibyhand.engine.walkthrough;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.SheetLimits;

/**
 * Covers a set of cells with few rectangles: the cells of each row are joined into horizontal runs, and a run
 * spanning exactly the same columns as one on the row above extends that run's rectangle downwards. The
 * rectangles come in reading order (top row first, then leftmost).
 */
final class Rectangles {
    private Rectangles() {
    }

    /** Collects cells (repeats allowed) and turns them into rectangles. */
    static final class Builder {
        private long[] cells = new long[16];
        private int size;

        void add(Area area) {
            for (int r = area.top(); r <= area.bottom(); r++) {
                for (int c = area.left(); c <= area.right(); c++) {
                    if (size == cells.length) {
                        cells = Arrays.copyOf(cells, size * 2);
                    }
                    cells[size++] = (long) r * SheetLimits.COLUMNS + c;
                }
            }
        }

        List<Area> build() {
            long[] sorted = Arrays.copyOf(cells, size);
            Arrays.sort(sorted);
            List<int[]> open = new ArrayList<>(); // top, left, bottom, right
            Map<Long, int[]> bySpan = new HashMap<>(); // the rectangle a run of these columns would extend
            int i = 0;
            while (i < sorted.length) {
                int row = (int) (sorted[i] / SheetLimits.COLUMNS);
                int left = (int) (sorted[i] % SheetLimits.COLUMNS);
                int right = left;
                i++;
                while (i < sorted.length && sorted[i] / SheetLimits.COLUMNS == row
                        && sorted[i] % SheetLimits.COLUMNS <= right + 1) {
                    right = (int) (sorted[i] % SheetLimits.COLUMNS); // equal for a repeated cell
                    i++;
                }
                long span = (long) left * SheetLimits.COLUMNS + right;
                int[] above = bySpan.get(span);
                if (above != null && above[2] == row - 1) {
                    above[2] = row;
                } else {
                    int[] rectangle = {row, left, row, right};
                    open.add(rectangle);
                    bySpan.put(span, rectangle);
                }
            }
            open.sort(Comparator.<int[]>comparingInt(r -> r[0]).thenComparingInt(r -> r[1]));
            List<Area> areas = new ArrayList<>(open.size());
            for (int[] r : open) {
                areas.add(new Area(r[0], r[1], r[2], r[3]));
            }
            return areas;
        }
    }
}
