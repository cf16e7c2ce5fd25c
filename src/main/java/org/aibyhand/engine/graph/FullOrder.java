package org.aibyhand.engine.graph;

import java.util.List;
import java.util.function.Function;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.eval.NumericProgram;

/**
 * The topological order of every formula and spilled cell of a workbook, compiled, and kept between full
 * recalculations while the graph's edges, spills and cells stay the same, so recalculating everything again is
 * one run of a known program rather than a new sort.
 */
final class FullOrder {
    private NumericProgram program;
    private long version = -1;
    private long cellCount = -1;

    /** The program made for this graph version and number of cells, or null if it changed since. */
    NumericProgram current(long graphVersion, long cells) {
        return graphVersion == version && cells == cellCount ? program : null;
    }

    /**
     * Orders {@code all} (every formula and spilled cell, all dirty) so that each comes after what it reads,
     * compiles the order and keeps it; null when the graph has a cycle among them, which the calculator settles
     * its way.
     */
    NumericProgram sort(List<Cell> all, long graphVersion, long cells, TopologicalOrder.Edges edges,
            Function<Cell[], NumericProgram> compiler) {
        TopologicalOrder.Result sorted = TopologicalOrder.sort(all, edges);
        program = null; // the old program's memory is free while the new one is made
        program = sorted.blocked().isEmpty() ? compiler.apply(sorted.sorted().toArray(new Cell[0])) : null;
        version = graphVersion;
        cellCount = cells;
        return program;
    }
}
