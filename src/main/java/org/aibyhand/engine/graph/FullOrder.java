package org.aibyhand.engine.graph;

import java.util.List;
import org.aibyhand.engine.book.Cell;

/**
 * The topological order of every formula and spilled cell of a workbook, kept between full recalculations
 * while the graph's edges, spills and cells stay the same, so recalculating everything again is one pass in
 * a known order rather than a new sort.
 */
final class FullOrder {
    private Cell[] order;
    private long version = -1;
    private long cellCount = -1;

    /** The order made for this graph version and number of cells, or null if it changed since. */
    Cell[] current(long graphVersion, long cells) {
        return graphVersion == version && cells == cellCount ? order : null;
    }

    /**
     * Orders {@code all} (every formula and spilled cell, all dirty) so that each comes after what it reads,
     * and keeps the order; null when the graph has a cycle among them, which the calculator settles its way.
     */
    Cell[] sort(List<Cell> all, long graphVersion, long cells, TopologicalOrder.Edges edges) {
        TopologicalOrder.Result sorted = TopologicalOrder.sort(all, edges);
        order = sorted.blocked().isEmpty() ? sorted.sorted().toArray(new Cell[0]) : null;
        version = graphVersion;
        cellCount = cells;
        return order;
    }
}
