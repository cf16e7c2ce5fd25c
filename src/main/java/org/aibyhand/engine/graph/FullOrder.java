package org.aibyhand.engine.graph;

import java.util.List;
import org.aibyhand.engine.book.Cell;

/**
 * The topological order of every formula (and spilled cell) of a workbook, kept between full recalculations
 * while the graph's edges stay the same, so recalculating everything again is one pass in a known order
 * rather than a new sort. A spill that grew since is not in it; the calculator's waiting machinery still
 * orders such cells correctly, only a little slower.
 */
final class FullOrder {
    private Cell[] order;
    private long version = -1;

    /**
     * The cells of {@code all} (all dirty) ordered so that each comes after what it reads; null when the graph
     * has a cycle among them, which the calculator's general path settles.
     */
    Cell[] of(List<Cell> all, long graphVersion, TopologicalOrder.Edges edges) {
        if (graphVersion != version || order == null || order.length != all.size()) {
            TopologicalOrder.Result sorted = TopologicalOrder.sort(all, edges);
            order = sorted.blocked().isEmpty() ? sorted.sorted().toArray(new Cell[0]) : null;
            version = graphVersion;
        }
        return order;
    }
}
