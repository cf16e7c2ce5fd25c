package org.aibyhand.app.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Positions along rows or columns, checked against adding the sizes up one by one. */
class AxisTest {

    @Test
    void positionsAndIndicesAgreeWithSummingTheSizesOneByOne() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            int count = 1 + random.nextInt(300);
            double base = 10 + random.nextInt(20);
            double[] sizes = new double[count];
            java.util.Arrays.fill(sizes, base);
            List<Axis.Run> runs = new java.util.ArrayList<>();
            int at = 0;
            while (at < count) {
                at += random.nextInt(20);
                if (at >= count) {
                    break;
                }
                int last = Math.min(count - 1, at + random.nextInt(5));
                double size = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(60);
                runs.add(new Axis.Run(at, last, size));
                for (int i = at; i <= last; i++) {
                    sizes[i] = size;
                }
                at = last + 1;
            }
            java.util.Collections.shuffle(runs, random);
            Axis axis = new Axis(count, base, runs);
            double start = 0;
            for (int i = 0; i < count; i++) {
                assertEquals(start, axis.start(i), 1e-9, "start of " + i);
                assertEquals(sizes[i], axis.size(i), 1e-9);
                if (sizes[i] > 0) {
                    assertEquals(i, axis.indexAt(start + sizes[i] / 2), "index in the middle of " + i);
                    assertEquals(i, axis.indexAt(start + 1e-6), "index at the start of " + i);
                }
                start += sizes[i];
            }
            assertEquals(start, axis.length(), 1e-9);
        }
    }

    @Test
    void hiddenIndicesAreSkippedByNextVisible() {
        Axis axis = new Axis(10, 20, List.of(new Axis.Run(3, 5, 0)));
        assertEquals(6, axis.nextVisible(3, 1));
        assertEquals(2, axis.nextVisible(5, -1));
        assertTrue(axis.hidden(4));
        assertEquals(6, axis.indexAt(60.5), "the first visible index after the hidden ones");
    }

    @Test
    void aMillionRowsCostOnlyTheirRuns() {
        Axis axis = new Axis(1_048_576, 20, List.of(new Axis.Run(5, 5, 40)));
        assertEquals(1_048_576L * 20 + 20, axis.length(), 1e-6);
        assertEquals(1_048_575, axis.indexAt(axis.length() - 1));
        assertEquals(500_000, axis.indexAt(axis.start(500_000) + 3));
    }
}
