package org.aibyhand.engine.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.aibyhand.engine.book.Cell;

/**
 * Orders the cells marked for recalculation so that every cell comes after the cells it reads, as far as
 * the graph knows (Kahn's algorithm over the dirty cells only). Each cell's edges are asked for once: while
 * sorting, a batch cell's {@code mark} holds its position in the batch, so the edges are kept as positions and
 * the counting and releasing run on plain arrays. Cells on cycles, and cells that read them, are left out and
 * returned apart.
 */
final class TopologicalOrder {
    /** Calls the action for each dirty cell that reads {@code cell} (directly, through a range or a spill). */
    interface Edges {
        void forEachDependent(Cell cell, Consumer<Cell> action);
    }

    private TopologicalOrder() {
    }

    /** The cells in order, and those left out because they are on or behind a cycle. */
    record Result(List<Cell> sorted, List<Cell> blocked) {
    }

    /** The cells of {@code marked} in an order where precedents come first; cycles left out. */
    static Result sort(List<Cell> marked, Edges edges) {
        // mark = 1 + position in this batch for its cells; 0 for every other cell. A cell marked, settled
        // without being computed and marked again is listed twice: it takes its first position only.
        List<Cell> dirty = new ArrayList<>(marked.size());
        for (Cell cell : marked) {
            if (cell.mark() == 0) {
                dirty.add(cell);
                cell.setMark(dirty.size());
            }
        }
        int n = dirty.size();
        int[] start = new int[n + 1];
        int[] precedents = new int[n];
        Targets targets = new Targets(n);
        for (int i = 0; i < n; i++) {
            start[i] = targets.size;
            edges.forEachDependent(dirty.get(i), targets);
        }
        start[n] = targets.size;
        int[] target = targets.positions;
        for (int e = 0; e < targets.size; e++) {
            precedents[target[e]]++;
        }
        int[] ready = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (precedents[i] == 0) {
                ready[tail++] = i;
            }
        }
        List<Cell> order = new ArrayList<>(n);
        while (head < tail) {
            int i = ready[head++];
            order.add(dirty.get(i));
            for (int e = start[i]; e < start[i + 1]; e++) {
                if (--precedents[target[e]] == 0) {
                    ready[tail++] = target[e];
                }
            }
        }
        List<Cell> blocked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Cell cell = dirty.get(i);
            cell.setMark(0);
            if (precedents[i] > 0) {
                blocked.add(cell);
            }
        }
        return new Result(order, blocked);
    }

    /** Collects the batch positions of the dependents reported for one cell after another. */
    private static final class Targets implements Consumer<Cell> {
        int[] positions;
        int size;

        Targets(int expected) {
            positions = new int[Math.max(16, expected * 2)];
        }

        @Override
        public void accept(Cell dependent) {
            int position = dependent.mark() - 1;
            if (position < 0) {
                return; // not in this batch
            }
            if (size == positions.length) {
                positions = Arrays.copyOf(positions, size * 2);
            }
            positions[size++] = position;
        }
    }
}
