package org.aibyhand.engine.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.aibyhand.engine.book.Cell;

/**
 * Orders the cells marked for recalculation so that every cell comes after the cells it reads, as far as
 * the graph knows (Kahn's algorithm over the dirty cells only, using each cell's {@code mark} as its count of
 * dirty precedents). Cells on cycles, and cells that read them, are left out and returned apart.
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

    /** The cells of {@code dirty} in an order where precedents come first; cycles left out. */
    static Result sort(List<Cell> dirty, Edges edges) {
        // mark = 1 + number of unsorted precedents for cells of this batch; 0 for every other cell
        for (Cell cell : dirty) {
            cell.setMark(1);
        }
        for (Cell cell : dirty) {
            edges.forEachDependent(cell, dependent -> {
                if (dependent.mark() > 0) {
                    dependent.setMark(dependent.mark() + 1);
                }
            });
        }
        Deque<Cell> ready = new ArrayDeque<>(dirty.size());
        for (Cell cell : dirty) {
            if (cell.mark() == 1) {
                ready.add(cell);
            }
        }
        List<Cell> order = new ArrayList<>(dirty.size());
        while (!ready.isEmpty()) {
            Cell cell = ready.poll();
            cell.setMark(0);
            order.add(cell);
            edges.forEachDependent(cell, dependent -> {
                if (dependent.mark() > 1) {
                    dependent.setMark(dependent.mark() - 1);
                    if (dependent.mark() == 1) {
                        ready.add(dependent);
                    }
                }
            });
        }
        List<Cell> blocked = new ArrayList<>();
        for (Cell cell : dirty) {
            if (cell.mark() > 0) {
                cell.setMark(0);
                blocked.add(cell);
            }
        }
        return new Result(order, blocked);
    }
}
