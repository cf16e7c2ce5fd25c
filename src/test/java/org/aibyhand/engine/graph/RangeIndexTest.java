package org.aibyhand.engine.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.aibyhand.engine.TestBooks;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.value.ReferenceValue;
import org.junit.jupiter.api.Test;

class RangeIndexTest {

    /** A range read by one formula cell, as the index was told. */
    private record Edge(ReferenceValue range, Cell reader) {
    }

    @Test
    void findsExactlyTheReadersOfRangesAroundACellThroughAddsAndRemoves() {
        Sheet sheet = TestBooks.create().sheet();
        Random random = new Random(11);
        RangeIndex index = new RangeIndex();
        List<Edge> live = new ArrayList<>();
        for (int step = 0; step < 3000; step++) {
            if (live.isEmpty() || random.nextInt(4) != 0) { // many overlapping ranges sharing a few columns
                int top = random.nextInt(200);
                int left = random.nextInt(6);
                ReferenceValue range = new ReferenceValue(0, top, left, top + random.nextInt(40), left + random.nextInt(3));
                Edge edge = new Edge(range, sheet.cellForWrite(300 + random.nextInt(50), random.nextInt(4)));
                index.add(edge.range(), edge.reader());
                live.add(edge);
            } else {
                Edge edge = live.remove(random.nextInt(live.size()));
                index.remove(edge.range(), edge.reader());
            }
            if (step % 50 == 0) {
                for (int probe = 0; probe < 40; probe++) {
                    int row = random.nextInt(250);
                    int column = random.nextInt(10);
                    assertEquals(bruteForce(live, row, column), found(index, row, column), "row " + row + ", column " + column);
                }
            }
        }
    }

    private static Set<Cell> bruteForce(List<Edge> live, int row, int column) {
        Set<Cell> readers = new HashSet<>();
        for (Edge edge : live) {
            ReferenceValue r = edge.range();
            if (row >= r.top() && row <= r.bottom() && column >= r.left() && column <= r.right()) {
                readers.add(edge.reader());
            }
        }
        return readers;
    }

    private static Set<Cell> found(RangeIndex index, int row, int column) {
        Set<Cell> readers = new HashSet<>();
        index.forEachDependent(0, row, column, readers::add);
        return readers;
    }
}
