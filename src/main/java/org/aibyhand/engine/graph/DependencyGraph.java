package org.aibyhand.engine.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.eval.ReferenceWalker;
import org.aibyhand.engine.function.FunctionRegistry;
import org.aibyhand.engine.function.FunctionTrait;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.ReferenceValue;

/**
 * Who reads whom. Single-cell references are edges kept on the read cell; ranges are nodes of their own
 * ({@link RangeIndex}); an array formula's anchor leads to the cells it fills. Formulas that build references
 * at run time are remembered apart, since no edge can be drawn for them in advance.
 */
final class DependencyGraph {
    private final Workbook book;
    private final RangeIndex ranges = new RangeIndex();
    private final Set<Cell> dynamicFormulas = new LinkedHashSet<>();
    private final Set<Cell> volatileFormulas = new LinkedHashSet<>();
    /** For each formula of {@link #dynamicFormulas} computed so far: the ranges its last evaluation read. */
    private final Map<Cell, Set<ReferenceValue>> observed = new HashMap<>();
    /**
     * The same ranges, indexed. They only say what an edit must recompute: they are not edges for ordering or
     * for finding cycles, since they may be out of date (the formula may read elsewhere when it runs again, and
     * the run itself orders what it reads by waiting for it).
     */
    private final RangeIndex observedRanges = new RangeIndex();
    /** Counts changes to the edges, so orders computed from them know when they are stale. */
    private long version;

    DependencyGraph(Workbook book) {
        this.book = book;
    }

    /**
     * Formulas whose references are only known when they run (OFFSET, INDIRECT, A1:INDEX(...)); each also depends
     * on what it read when last computed (see {@link #observe}).
     */
    /** Formulas calling a volatile function (RAND, NOW): recomputed on every recalculation. */
    Set<Cell> volatileFormulas() {
        return volatileFormulas;
    }

    Set<Cell> dynamicFormulas() {
        return dynamicFormulas;
    }

    /**
     * Records what a formula with run-time references read when it was last computed, as ranges it depends on
     * until it is computed again: an edit elsewhere cannot change its result, so need not recompute it.
     */
    void observe(Cell formulaCell, Set<ReferenceValue> reads) {
        Set<ReferenceValue> before = observed.get(formulaCell);
        if (reads.equals(before)) {
            return;
        }
        forget(formulaCell);
        reads.forEach(range -> observedRanges.add(range, formulaCell));
        observed.put(formulaCell, reads);
    }

    /** Every formula with run-time references that read {@code cell} (or, for an anchor, its spill) when last computed. */
    void forEachObserver(Cell cell, Consumer<Cell> action) {
        if (observed.isEmpty()) {
            return;
        }
        Area spilled = cell.hasFormula() ? spilledArea(cell) : null;
        if (spilled != null && spilled.contains(cell.row(), cell.column())) {
            observedRanges.forEachDependentWithin(cell.sheet().index(), spilled, action);
        } else {
            observedRanges.forEachDependent(cell.sheet().index(), cell.row(), cell.column(), action);
        }
    }

    /** True for a formula of {@link #dynamicFormulas}, cheaply when there are none. */
    boolean readsAtRunTime(Cell formulaCell) {
        return !dynamicFormulas.isEmpty() && dynamicFormulas.contains(formulaCell);
    }

    /** True for a formula with run-time references that has not been computed since it was registered. */
    boolean unobserved(Cell formulaCell) {
        return !observed.containsKey(formulaCell);
    }

    private void forget(Cell formulaCell) {
        Set<ReferenceValue> before = observed.remove(formulaCell);
        if (before != null) {
            before.forEach(range -> observedRanges.remove(range, formulaCell));
        }
    }

    /** True if the formula of {@code anchor} reads a cell of {@code area} other than the anchor itself. */
    boolean readsWithin(Cell anchor, Area area) {
        boolean[] found = {false};
        int sheetIndex = anchor.sheet().index();
        ReferenceWalker.walk(book, anchor.formula().expr(), anchor.sheet(), anchor.row(), anchor.column(), new ReferenceWalker.Visitor() {
            @Override
            public void cell(int sheet, int row, int column) {
                found[0] |= sheet == sheetIndex && area.contains(row, column) && !(row == anchor.row() && column == anchor.column());
            }

            @Override
            public void range(ReferenceValue range) {
                found[0] |= range.sheet() == sheetIndex && area.intersects(new Area(range.top(), range.left(), range.bottom(), range.right()))
                        && !(range.isSingleCell() && range.top() == anchor.row() && range.left() == anchor.column());
            }
        });
        return found[0];
    }

    long version() {
        return version;
    }

    /** A cell joined or left a spill: what reads it now waits for another anchor, or for none. */
    void spillsChanged() {
        version++;
    }

    /** Adds a formula cell's references to the graph. */
    void register(Cell cell) {
        version++;
        Formula formula = cell.formula();
        if (formula.kind() == FormulaKind.LEGACY_ARRAY && spilledArea(cell) != null) {
            claimMembers(cell, formula.arrayArea());
        } else if (formula.kind() == FormulaKind.DYNAMIC_ARRAY && cell.spillArea() != null) {
            claimMembers(cell, cell.spillArea()); // the last known spill, so readers wait for the anchor
        }
        if (!formula.isParsed()) {
            return;
        }
        boolean dynamic = ReferenceWalker.walk(book, formula.expr(), cell.sheet(), cell.row(), cell.column(),
                new ReferenceWalker.Visitor() {
                    @Override
                    public void cell(int sheet, int row, int column) {
                        book.sheet(sheet).cellForWrite(row, column).addDependent(cell);
                    }

                    @Override
                    public void range(ReferenceValue range) {
                        ranges.add(range, cell);
                    }

                    @Override
                    public void call(String name) {
                        if (FunctionRegistry.standard().has(name, FunctionTrait.VOLATILE)) {
                            volatileFormulas.add(cell);
                        }
                    }
                });
        if (dynamic) {
            dynamicFormulas.add(cell);
        }
    }

    /** Marks the blank cells of an array formula's range as its members, so their readers wait for it. */
    private static void claimMembers(Cell anchor, Area area) {
        Sheet sheet = anchor.sheet();
        for (int r = area.top(); r <= area.bottom(); r++) {
            for (int c = area.left(); c <= area.right(); c++) {
                Cell member = sheet.cellForWrite(r, c);
                if (member != anchor && member.isBlankContent() && member.spillAnchor() == null) {
                    member.setSpillAnchor(anchor);
                }
            }
        }
    }

    /** Removes a formula cell's references, before its formula is replaced or cleared. */
    void unregister(Cell cell) {
        version++;
        dynamicFormulas.remove(cell);
        volatileFormulas.remove(cell);
        forget(cell);
        Formula formula = cell.formula();
        if (!formula.isParsed()) {
            return;
        }
        ReferenceWalker.walk(book, formula.expr(), cell.sheet(), cell.row(), cell.column(), new ReferenceWalker.Visitor() {
            @Override
            public void cell(int sheet, int row, int column) {
                Cell precedent = book.sheet(sheet).cell(row, column);
                if (precedent != null) {
                    precedent.removeDependent(cell);
                }
            }

            @Override
            public void range(ReferenceValue range) {
                ranges.remove(range, cell);
            }
        });
    }

    /** Every cell that reads {@code cell}: formulas naming it or a range around it, and what it spilled. */
    void forEachDependent(Cell cell, Consumer<Cell> action) {
        for (int i = 0; i < cell.dependentCount(); i++) {
            action.accept(cell.dependent(i));
        }
        ranges.forEachDependent(cell.sheet().index(), cell.row(), cell.column(), action);
        forEachMember(cell, action);
    }

    /**
     * Every formula that reads {@code cell}, taking an array formula's spill as one unit: instead of the
     * cells it fills, the formulas reading any of them (a formula may be reported more than once). Ranges
     * are looked up once for the whole spill rather than once per spilled cell.
     */
    void forEachReader(Cell cell, Consumer<Cell> action) {
        for (int i = 0; i < cell.dependentCount(); i++) {
            action.accept(cell.dependent(i));
        }
        Area spilled = cell.hasFormula() ? spilledArea(cell) : null;
        if (spilled == null) {
            ranges.forEachDependent(cell.sheet().index(), cell.row(), cell.column(), action);
            return;
        }
        Sheet sheet = cell.sheet();
        boolean whole = true; // every cell of the area is the anchor or filled by it
        for (int r = spilled.top(); r <= spilled.bottom(); r++) {
            for (int c = spilled.left(); c <= spilled.right(); c++) {
                Cell member = sheet.cell(r, c);
                if (member == cell) {
                    continue;
                }
                if (member != null && member.spillAnchor() == cell) {
                    for (int i = 0; i < member.dependentCount(); i++) {
                        action.accept(member.dependent(i));
                    }
                } else {
                    whole = false;
                }
            }
        }
        if (whole && spilled.contains(cell.row(), cell.column())) {
            ranges.forEachDependentWithin(sheet.index(), spilled, action);
            return;
        }
        // some cells of the area are not the anchor's: ranges touching only those do not read the spill
        ranges.forEachDependent(sheet.index(), cell.row(), cell.column(), action);
        for (int r = spilled.top(); r <= spilled.bottom(); r++) {
            for (int c = spilled.left(); c <= spilled.right(); c++) {
                Cell member = sheet.cell(r, c);
                if (member != null && member != cell && member.spillAnchor() == cell) {
                    ranges.forEachDependent(sheet.index(), r, c, action);
                }
            }
        }
    }

    /** Calls {@code action} for each cell an array formula fills, other than itself. */
    static void forEachMember(Cell anchor, Consumer<Cell> action) {
        Area spilled = anchor.hasFormula() ? spilledArea(anchor) : null;
        if (spilled == null) {
            return;
        }
        Sheet sheet = anchor.sheet();
        for (int r = spilled.top(); r <= spilled.bottom(); r++) {
            for (int c = spilled.left(); c <= spilled.right(); c++) {
                Cell member = sheet.cell(r, c);
                if (member != null && member != anchor && member.spillAnchor() == anchor) {
                    action.accept(member);
                }
            }
        }
    }

    /** The cells an array formula fills: its fixed range (legacy) or its current spill (dynamic). */
    static Area spilledArea(Cell anchor) {
        if (anchor.formula().kind() != FormulaKind.LEGACY_ARRAY) {
            return anchor.spillArea();
        }
        Area area = anchor.formula().arrayArea();
        return area != null && Results.withinSpillBudget(area) ? area : null; // too large to fill: only the anchor
    }

    /** The ranges a formula cell reads directly (single cells as one-cell ranges); empty for constants. */
    List<ReferenceValue> precedents(Cell cell) {
        List<ReferenceValue> found = new ArrayList<>();
        if (cell.hasFormula() && cell.formula().isParsed()) {
            ReferenceWalker.walk(book, cell.formula().expr(), cell.sheet(), cell.row(), cell.column(), new ReferenceWalker.Visitor() {
                @Override
                public void cell(int sheet, int row, int column) {
                    found.add(new ReferenceValue(sheet, row, column, row, column));
                }

                @Override
                public void range(ReferenceValue range) {
                    found.add(range);
                }
            });
        }
        return found;
    }

    /**
     * The cells that would form a circular reference if {@code anchor} spilled into {@code target}: those on a
     * way from a cell it does not cover yet, through readers, back to the anchor (the anchor included); empty
     * when there is no such way.
     */
    Set<Cell> cycleThroughSpill(Cell anchor, Area target) {
        List<Cell> joining = new ArrayList<>();
        Sheet sheet = anchor.sheet();
        for (int r = target.top(); r <= target.bottom(); r++) {
            for (int c = target.left(); c <= target.right(); c++) {
                Cell cell = sheet.cellForWrite(r, c); // readers of a blank cell may know it only by a range
                if (cell != anchor && cell.spillAnchor() != anchor) {
                    joining.add(cell);
                }
            }
        }
        Set<Cell> reached = new LinkedHashSet<>(joining);
        Deque<Cell> frontier = new ArrayDeque<>(joining);
        while (!frontier.isEmpty()) {
            forEachDependent(frontier.poll(), dependent -> {
                if (reached.add(dependent)) {
                    frontier.add(dependent);
                }
            });
        }
        if (!reached.contains(anchor)) {
            return new HashSet<>();
        }
        TopologicalOrder.Edges withSpill = (cell, action) -> {
            forEachDependent(cell, action);
            if (cell == anchor) {
                joining.forEach(action);
            }
        };
        return Cycles.among(reached, withSpill);
    }
}
