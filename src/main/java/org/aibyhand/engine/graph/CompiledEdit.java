package org.aibyhand.engine.graph;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.eval.NumericProgram;

/**
 * Recomputes the cells an edit marked with the workbook's compiled program: each dirty cell's own instructions in
 * the program's order, the general way only for what the program leaves to it. The marks stay exact throughout
 * (a compiled cell is cleared as it is computed, the rest stay dirty until computed), so a cell computed the
 * general way still waits for any input not done yet, and whatever the run leaves dirty the calculator's general
 * pass finishes. If computing marks more cells (a spill grew or shrank, which changes the order), the run stops
 * there and leaves the rest to that pass.
 */
final class CompiledEdit {
    /** Below this many marked cells, sorting them is cheap and the general way is as fast. */
    private int minimumCells = 64;
    /** Marking more than this share (1/n) of the program's cells recomputes all of it; 0: never. */
    private int wholeProgramDivisor = 64;
    /** ...and more than this many: on a small workbook marking is cheap and recomputing all of it is not. */
    private int wholeProgramFloor = 4_096;

    private final Set<Cell> wideSources = new HashSet<>();
    private long wideVersion = -1;
    /** Computes one dirty cell the general way; false if it had to wait for another. */
    private final Predicate<Cell> computeInOrder;

    CompiledEdit(Predicate<Cell> computeInOrder) {
        this.computeInOrder = computeInOrder;
    }

    /**
     * How many cells an edit may mark before it stops and recomputes everything with {@code program} instead (no
     * limit without one): past a 64th of the workbook (marking a cell through the graph costs ten to thirty times
     * computing it compiled), marking the rest and walking the order for the dirty cells
     * costs more than running the whole program, which reports exactly the cells whose value changed all the same.
     */
    int markLimit(NumericProgram program) {
        return program == null || wholeProgramDivisor == 0 ? Integer.MAX_VALUE
                : Math.max(wholeProgramFloor, program.order().length / wholeProgramDivisor);
    }

    /** True if editing {@code source} marked past the limit before, with the graph at {@code version}. */
    boolean reachesMost(Cell source, long version) {
        return version == wideVersion && wideSources.contains(source);
    }

    /**
     * Remembers that editing {@code source} reaches most of the workbook, so editing it again (a teacher nudging a
     * weight) skips marking and runs the whole program at once; forgotten when the graph changes.
     */
    void reachedMost(Cell source, long version) {
        if (version != wideVersion) {
            wideSources.clear();
            wideVersion = version;
        }
        wideSources.add(source);
    }

    /** Clears the marks of an edit that stopped marking, so the full program can run as from a clean state. */
    static void unmark(List<Cell> marked) {
        for (Cell cell : marked) {
            cell.setDirty(false);
            DependencyGraph.forEachMember(cell, member -> member.setDirty(false));
        }
    }

    /**
     * For tests: from how many marked cells the program runs ({@code Integer.MAX_VALUE}: never), and past which
     * share all of it, however small the workbook.
     */
    void tune(int minimumCells, int wholeProgramDivisor) {
        this.minimumCells = minimumCells;
        this.wholeProgramDivisor = wholeProgramDivisor;
        this.wholeProgramFloor = 0;
    }

    /** True if an edit that marked {@code marked} cells should run the program over them. */
    boolean worthRunning(int marked) {
        return marked >= minimumCells;
    }

    void run(NumericProgram program, List<Cell> marked, ChangeSet changes) {
        int markedBefore = marked.size();
        int compiled = program.runDirty(marked, new NumericProgram.General() {
            @Override
            public void compute(Cell cell) {
                computeInOrder.test(cell);
            }

            @Override
            public void computeInstead(Cell cell) {
                cell.setDirty(true);
                computeInOrder.test(cell);
            }
        }, changes::add, () -> marked.size() == markedBefore);
        changes.countEvaluations(Math.max(0, compiled));
    }
}
