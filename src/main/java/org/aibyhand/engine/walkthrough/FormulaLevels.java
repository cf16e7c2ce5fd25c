package org.aibyhand.engine.walkthrough;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.ReferenceValue;

/**
 * The topological level of every formula of a workbook: 1 + the highest level among the formulas it reads
 * (constants being level 0), an array formula counting as one formula over its whole range. Levels come from
 * Kahn's algorithm over arrays of formula numbers, so a chain of any length costs no stack. Formulas on a
 * circular reference get {@link #CIRCULAR}; a formula that reads one counts it as it would a constant.
 */
final class FormulaLevels {
    static final int CIRCULAR = Integer.MAX_VALUE;
    /** Ranges at least this large are resolved to formulas once and remembered, since many formulas share them. */
    private static final long REMEMBERED_RANGE = 32;

    private final List<Cell> formulas = new ArrayList<>();
    private final int[] levels;

    private FormulaLevels(Workbook book, Calculator calculator) {
        FormulaGrid grid = new FormulaGrid(book.sheets().size());
        for (Sheet sheet : book.sheets()) {
            sheet.forEach(cell -> {
                if (cell.hasFormula()) {
                    grid.claim(sheet.index(), new Area(cell.row(), cell.column(), cell.row(), cell.column()), formulas.size());
                    formulas.add(cell);
                }
            });
        }
        for (int node = 0; node < formulas.size(); node++) {
            Cell anchor = formulas.get(node);
            grid.claim(anchor.sheet().index(), area(anchor), node);
        }
        Edges edges = readEdges(calculator, grid);
        levels = new int[formulas.size()];
        order(edges, calculator);
    }

    /** Levels of every formula cell of {@code book}, whose graph {@code calculator} holds. */
    static FormulaLevels of(Workbook book, Calculator calculator) {
        return new FormulaLevels(book, calculator);
    }

    /** Formula cells in tab order, then reading order; a formula's number is its index here. */
    List<Cell> formulas() {
        return formulas;
    }

    int level(int formula) {
        return levels[formula];
    }

    /** The cells a formula fills: its array or spill range, or just its own cell. */
    static Area area(Cell anchor) {
        Formula formula = anchor.formula();
        Area range = formula.kind() == FormulaKind.LEGACY_ARRAY ? formula.arrayArea()
                : formula.kind() == FormulaKind.DYNAMIC_ARRAY ? anchor.spillArea() : null;
        return range != null && range.contains(anchor.row(), anchor.column()) ? range
                : new Area(anchor.row(), anchor.column(), anchor.row(), anchor.column());
    }

    /** Forward edges (from a formula to those that read it) in compressed rows, and each formula's in-degree. */
    private record Edges(int[] start, int[] targets, int[] inDegree) {
    }

    private Edges readEdges(Calculator calculator, FormulaGrid grid) {
        int n = formulas.size();
        int[] from = new int[Math.max(16, n * 2)];
        int[] to = new int[from.length];
        int count = 0;
        int[] seenBy = new int[n]; // reader + 1 that last counted a formula, so each edge is drawn once
        Map<ReferenceValue, int[]> remembered = new HashMap<>();
        IntList read = new IntList();
        for (int reader = 0; reader < n; reader++) {
            read.clear();
            for (ReferenceValue range : calculator.precedents(formulas.get(reader))) {
                if ((long) range.rows() * range.columns() >= REMEMBERED_RANGE) {
                    int[] owners = remembered.computeIfAbsent(range, r -> distinctOwners(grid, r));
                    for (int owner : owners) {
                        read.add(owner);
                    }
                } else {
                    grid.forEachOwner(range, read::add);
                }
            }
            for (int i = 0; i < read.size; i++) {
                int source = read.values[i];
                if (seenBy[source] != reader + 1) {
                    seenBy[source] = reader + 1;
                    if (count == from.length) {
                        from = Arrays.copyOf(from, count * 2);
                        to = Arrays.copyOf(to, count * 2);
                    }
                    from[count] = source;
                    to[count++] = reader;
                }
            }
        }
        int[] start = new int[n + 1];
        int[] inDegree = new int[n];
        for (int e = 0; e < count; e++) {
            start[from[e] + 1]++;
            inDegree[to[e]]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = Arrays.copyOf(start, n);
        int[] targets = new int[count];
        for (int e = 0; e < count; e++) {
            targets[fill[from[e]]++] = to[e];
        }
        return new Edges(start, targets, inDegree);
    }

    private static int[] distinctOwners(FormulaGrid grid, ReferenceValue range) {
        IntList owners = new IntList();
        grid.forEachOwner(range, owner -> {
            if (owners.size == 0 || owners.values[owners.size - 1] != owner) { // a spill's cells come in runs
                owners.add(owner);
            }
        });
        return Arrays.copyOf(owners.values, owners.size);
    }

    /**
     * Kahn's algorithm. What it cannot order lies on a cycle or behind one: the calculator's graph says which
     * are on one; those become {@link #CIRCULAR} and release their readers, which are then ordered too.
     */
    private void order(Edges edges, Calculator calculator) {
        int n = formulas.size();
        int[] waiting = edges.inDegree().clone();
        boolean[] done = new boolean[n];
        Arrays.fill(levels, 1);
        IntList ready = new IntList(); // each formula enters once, so it never needs to shrink
        for (int node = 0; node < n; node++) {
            if (waiting[node] == 0) {
                ready.add(node);
            }
        }
        int next = drain(ready, 0, edges, waiting, done);
        if (next == n) {
            return;
        }
        List<Integer> stuck = new ArrayList<>();
        for (int node = 0; node < n; node++) {
            if (!done[node]) {
                stuck.add(node);
            }
        }
        Set<Cell> cyclic = calculator.cyclicAmong(withSpilledCells(stuck));
        List<Integer> circular = stuck.stream().filter(node -> cyclic.contains(formulas.get(node))).toList();
        for (int node : circular) {
            done[node] = true;
            levels[node] = CIRCULAR;
        }
        for (int node : circular) {
            release(node, edges, waiting, done, ready);
        }
        drain(ready, next, edges, waiting, done);
        for (int node : stuck) {
            if (!done[node]) {
                levels[node] = CIRCULAR; // closed by an edge only our reading of ranges sees: treat it as a cycle
            }
        }
    }

    /** The formula cells and the cells their arrays fill: a cycle may run through a spilled cell. */
    private List<Cell> withSpilledCells(List<Integer> nodes) {
        List<Cell> cells = new ArrayList<>();
        for (int node : nodes) {
            Cell anchor = formulas.get(node);
            Area range = area(anchor);
            for (int r = range.top(); r <= range.bottom(); r++) {
                for (int c = range.left(); c <= range.right(); c++) {
                    Cell cell = anchor.sheet().cell(r, c);
                    if (cell != null && (cell == anchor || cell.spillAnchor() == anchor)) {
                        cells.add(cell);
                    }
                }
            }
        }
        return cells;
    }

    /** Orders the formulas of {@code ready} from position {@code next} on; returns the position reached. */
    private int drain(IntList ready, int next, Edges edges, int[] waiting, boolean[] done) {
        while (next < ready.size) {
            int node = ready.values[next++];
            done[node] = true;
            for (int e = edges.start()[node]; e < edges.start()[node + 1]; e++) {
                int reader = edges.targets()[e];
                levels[reader] = Math.max(levels[reader], levels[node] + 1);
            }
            release(node, edges, waiting, done, ready);
        }
        return next;
    }

    private static void release(int node, Edges edges, int[] waiting, boolean[] done, IntList ready) {
        for (int e = edges.start()[node]; e < edges.start()[node + 1]; e++) {
            int reader = edges.targets()[e];
            if (!done[reader] && --waiting[reader] == 0) {
                ready.add(reader);
            }
        }
    }

    /** A growable list of ints. */
    private static final class IntList {
        int[] values = new int[8];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void clear() {
            size = 0;
        }
    }
}
