package org.aibyhand.engine.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.eval.Evaluator;
import org.aibyhand.engine.eval.NumericProgram;
import org.aibyhand.engine.eval.PendingCell;
import org.aibyhand.engine.eval.ReadLog;
import org.aibyhand.engine.function.FunctionRegistry;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.value.Value;

/**
 * Keeps a workbook's values up to date. Through its dependency graph it marks exactly what an edit affects,
 * orders it topologically, and recomputes those cells with an explicit stack:
 * a formula that meets a cell not yet recomputed is set aside until that cell is done, so chains of any
 * length need no recursion and dependencies found only at run time are still ordered. A cell that takes
 * part in a circular reference gets #CYCLE!; the rest of the workbook still computes. A full recalculation runs
 * the workbook's order compiled ({@link NumericProgram}), handing back to this machinery what it cannot compute.
 */
public final class Calculator {
    private static final int ACTIVE = 1;

    private final Workbook book;
    private final FunctionRegistry functions;
    private final Evaluator evaluator;
    private final Results results = new Results(this);
    private final DependencyGraph graph;
    /** Formulas found on a circular reference; recomputed on every edit, since any edit may break the cycle. */
    private final Set<Cell> onCycles = new LinkedHashSet<>();
    /** Dynamic arrays showing #SPILL!, with the area they would fill. */
    private final Map<Cell, Area> blocked = new LinkedHashMap<>();

    private final FullOrder fullOrder = new FullOrder();
    private final Deque<Cell> path = new ArrayDeque<>();
    private final Deque<Cell> pendingMarks = new ArrayDeque<>();
    /** Cells marked in the current pass; kept between passes so its capacity is not regrown for every edit. */
    private final List<Cell> worklist = new ArrayList<>();
    private ChangeSet changes = new ChangeSet();
    private final CompiledEdit compiledEdits = new CompiledEdit(this::computeInOrder);
    /** Marking an edit's dependents stops past this many cells, setting {@link #markedMost}. */
    private int markLimit = Integer.MAX_VALUE;
    private boolean markedMost;

    /** Builds the graph for every formula already in {@code book}; values are computed by {@link #recalculateAll()}. */
    public Calculator(Workbook book) {
        this(book, FunctionRegistry.standard());
    }

    public Calculator(Workbook book, FunctionRegistry functions) {
        this.book = book;
        this.functions = functions;
        this.evaluator = new Evaluator(book, functions);
        this.graph = new DependencyGraph(book);
        for (Sheet sheet : book.sheets()) {
            List<Cell> formulas = new ArrayList<>();
            sheet.forEach(cell -> {
                if (cell.hasFormula()) {
                    formulas.add(cell);
                }
            });
            formulas.forEach(graph::register);
        }
    }

    public Workbook workbook() {
        return book;
    }

    /** The ranges a formula cell reads directly (single cells as one-cell ranges); empty for constants. */
    public List<ReferenceValue> precedents(Cell cell) {
        return graph.precedents(cell);
    }

    /** The cells that read {@code cell} directly: formulas naming it or a range around it, and its spill. */
    public List<Cell> dependents(Cell cell) {
        Set<Cell> found = new LinkedHashSet<>(); // a weight read by a 100,000-step recurrence has that many readers
        graph.forEachDependent(cell, found::add);
        return new ArrayList<>(found);
    }

    /**
     * The cells of {@code cells} that lie on a circular reference among themselves, as the graph draws it
     * (a cycle through a spill is seen only when the spilled cells are among {@code cells}).
     */
    public Set<Cell> cyclicAmong(Collection<Cell> cells) {
        return Cycles.among(cells, graph::forEachDependent);
    }

    /** For tests: see {@link CompiledEdit#tune}. */
    void tuneCompiledEdits(int minimumCells, int wholeProgramDivisor) {
        compiledEdits.tune(minimumCells, wholeProgramDivisor);
    }

    DependencyGraph graph() {
        return graph;
    }

    /** How many formulas the last full recalculation ran compiled (0 before one, or when the graph changed since). */
    int compiledCells() {
        NumericProgram program = fullOrder.current(graph.version(), cellCount());
        return program == null ? 0 : program.compiledCount();
    }

    /** The evaluator, for callers that evaluate formulas outside cells (explanations, checks). */
    public Evaluator evaluator() {
        return evaluator;
    }

    /** Recomputes every formula, ignoring any value they held before. */
    public ChangeSet recalculateAll() {
        begin();
        return recalculateEverything();
    }

    /** Recomputes every formula into the current change set, compiled when the graph allows. */
    private ChangeSet recalculateEverything() {
        NumericProgram program = fullOrder.current(graph.version(), cellCount());
        if (program == null || !onCycles.isEmpty()) {
            // everything is recomputed, so nothing needs marking through the graph: formulas and the cells they
            // spill into are dirty, and readers of a spilled cell wait for their anchor
            List<Cell> all = new ArrayList<>();
            for (Sheet sheet : book.sheets()) {
                for (Cell cell : sheet) {
                    if (cell.hasFormula() || cell.spillAnchor() != null) {
                        cell.setDirty(true);
                        all.add(cell);
                    }
                }
            }
            program = fullOrder.sort(all, graph.version(), cellCount(), this::forEachDirtyDependent,
                    order -> NumericProgram.compile(order, book, functions));
            if (program == null || !onCycles.isEmpty()) {
                worklist.addAll(all);
                return run(); // cycles: the general machinery settles them
            }
            for (Cell cell : program.order()) { // the program computes them all below
                cell.setDirty(false);
            }
            worklist.clear();
        }
        runInOrder(program);
        return run(); // cells marked while computing: a spill that changed
    }

    /**
     * Computes every cell of {@code program} in its order. The compiled cells are not marked dirty, so a cell
     * computed the general way must never read one before its turn; the order guarantees that unless a formula
     * decides its references only at run time. With such formulas, or if a cell turns out to need one computed
     * out of order after all, every cell is marked dirty and computed the general way, which makes a reader wait.
     */
    private void runInOrder(NumericProgram program) {
        boolean[] outOfOrder = {false};
        if (graph.dynamicFormulas().isEmpty()) {
            program.forEachGeneral(cell -> cell.setDirty(true));
            changes.countEvaluations(program.compiledCount());
            ChangeSet recording = changes;
            program.run(new NumericProgram.General() {
                @Override
                public void compute(Cell cell) {
                    outOfOrder[0] |= !computeInOrder(cell);
                }

                @Override
                public void computeInstead(Cell cell) {
                    cell.setDirty(true);
                    outOfOrder[0] |= !computeInOrder(cell);
                }
            }, recording::add);
        }
        if (outOfOrder[0] || !graph.dynamicFormulas().isEmpty()) {
            Cell[] order = program.order();
            for (Cell cell : order) {
                cell.setDirty(true);
            }
            computeAll(order);
        }
    }

    private long cellCount() {
        long count = 0;
        for (Sheet sheet : book.sheets()) {
            count += sheet.cellCount();
        }
        return count;
    }

    /** Puts a constant (or blank, with EmptyValue) in a cell; returns every cell whose value changed. */
    public ChangeSet setValue(Sheet sheet, int row, int column, Value constant) {
        return setValues(sheet, Map.of(new CellAddress(row, column), Objects.requireNonNull(constant, "constant")));
    }

    /** Puts constants (or blanks) in many cells of a sheet, recomputing what depends on them once, not per cell. */
    public ChangeSet setValues(Sheet sheet, Map<CellAddress, Value> constants) {
        constants.values().forEach(constant -> Objects.requireNonNull(constant, "constant"));
        begin();
        markLimit = compiledEdits.markLimit(compiledProgramForEdit());
        constants.forEach((at, constant) -> {
            Cell cell = replaceContent(sheet, at.row(), at.column(), !(constant instanceof EmptyValue));
            if (cell.spillAnchor() != null) {
                markDirty(cell.spillAnchor()); // clearing a spilled cell leaves the spilled value in place
                return;
            }
            setValue(cell, constant);
            if (markLimit != Integer.MAX_VALUE && compiledEdits.reachesMost(cell, graph.version())) {
                markedMost = true; // it did last time, and the graph is the same: skip marking
            }
            markDependentsDirty(cell);
            if (markedMost) {
                compiledEdits.reachedMost(cell, graph.version());
            }
            if (constant instanceof EmptyValue) {
                cellBecameBlank(cell);
                sheet.discardIfUnused(cell);
            }
        });
        return run();
    }

    /** Puts a formula in a cell; returns every cell whose value changed. */
    public ChangeSet setFormula(Sheet sheet, int row, int column, Formula formula) {
        Objects.requireNonNull(formula, "formula");
        begin();
        Cell cell = replaceContent(sheet, row, column, true);
        cell.setFormula(formula);
        graph.register(cell);
        markDirty(cell);
        return run();
    }

    /** Removes the old content of a cell from the graph and clears what it spilled. */
    private Cell replaceContent(Sheet sheet, int row, int column, boolean becomesContent) {
        Cell cell = sheet.cellForWrite(row, column);
        if (cell.hasFormula()) {
            graph.unregister(cell);
            onCycles.remove(cell);
            results.release(cell, DependencyGraph.spilledArea(cell), null);
            cell.setSpillArea(null);
            blocked.remove(cell);
            cell.setFormula(null);
        }
        Cell anchor = cell.spillAnchor();
        if (anchor != null && becomesContent) {
            cell.setSpillAnchor(null);
            graph.spillsChanged();
            markDirty(anchor); // its spill is now blocked
        }
        cell.setDirty(false);
        return cell;
    }

    private void begin() {
        worklist.clear();
        changes = new ChangeSet();
        for (Cell cell : graph.dynamicFormulas()) {
            if (graph.unobserved(cell)) { // what it reads is not known yet: any edit may matter
                markDirty(cell);
            }
        }
        graph.volatileFormulas().forEach(this::markDirty);
        List<Cell> cyclic = List.copyOf(onCycles);
        onCycles.clear();
        cyclic.forEach(this::markDirty);
    }

    /** The full program, if it is current and an edit may run it: no cycles, no references decided at run time. */
    private NumericProgram compiledProgramForEdit() {
        return onCycles.isEmpty() && graph.dynamicFormulas().isEmpty()
                ? fullOrder.current(graph.version(), cellCount()) : null;
    }

    private ChangeSet run() {
        if (markLimit != Integer.MAX_VALUE) {
            markLimit = Integer.MAX_VALUE;
            if (markedMost) { // most of the workbook depends on the edit: recomputing all of it is faster than marking
                markedMost = false;
                CompiledEdit.unmark(worklist);
                worklist.clear();
                return recalculateEverything();
            }
        }
        if (compiledEdits.worthRunning(worklist.size())) {
            NumericProgram program = compiledProgramForEdit();
            if (program != null) {
                compiledEdits.run(program, worklist, changes);
            }
        }
        int sorted = 0;
        while (sorted < worklist.size()) { // cells marked while computing (a spill grew) form the next batch
            List<Cell> batch = new ArrayList<>(worklist.size() - sorted);
            for (Cell cell : worklist.subList(sorted, worklist.size())) {
                if (cell.isDirty()) {
                    batch.add(cell);
                }
            }
            sorted = worklist.size();
            TopologicalOrder.Result order = TopologicalOrder.sort(batch, this::forEachDirtyDependent);
            // the cycles are settled first, as Excel finds them from the references (IF(FALSE,A1,0) in A1 is
            // circular): otherwise a cell computed before could reach into a cycle at run time and compute it
            // through whichever branch it happened to take, so the result would depend on the order of the batch
            if (!order.blocked().isEmpty()) {
                settleCycles(Cycles.among(order.blocked(), this::forEachDirtyDependent));
            }
            computeAll(order.sorted());
            if (!order.blocked().isEmpty()) {
                List<Cell> downstream = order.blocked().stream().filter(Cell::isDirty).toList();
                computeAll(TopologicalOrder.sort(downstream, this::forEachDirtyDependent).sorted());
                computeAll(downstream); // any left are on cycles only the running evaluation can see
            }
        }
        ChangeSet done = changes;
        worklist.clear();
        changes = new ChangeSet();
        return done;
    }

    private void computeAll(List<Cell> cells) {
        for (Cell cell : cells) {
            if (cell.isDirty()) {
                compute(cell);
            }
        }
    }

    /** Computes cells in an order expected to be right, going through the waiting machinery only where it is not. */
    private void computeAll(Cell[] cells) {
        for (Cell cell : cells) {
            computeInOrder(cell);
        }
    }

    /** Computes a dirty cell; false if it had to wait for a cell that was not computed yet. */
    private boolean computeInOrder(Cell cell) {
        if (!cell.isDirty()) {
            return true;
        }
        Cell needed = cell.hasFormula() ? evaluate(cell) : pendingAnchor(cell);
        if (needed == null) {
            cell.setDirty(false);
            return true;
        }
        compute(cell);
        return false;
    }

    /** Gives every formula on a cycle #CYCLE! and empties what it had spilled. */
    private void settleCycles(Set<Cell> cyclic) {
        for (Cell cell : cyclic) {
            cell.setDirty(false);
            if (cell.hasFormula()) {
                results.release(cell, null);
                cell.setSpillArea(null);
                setValue(cell, ErrorValue.CYCLE);
                onCycles.add(cell);
            }
        }
    }

    /** Computes {@code start} and, first, every not-yet-computed cell it turns out to read. */
    private void compute(Cell start) {
        path.clear();
        path.push(start);
        start.setMark(ACTIVE);
        while (!path.isEmpty()) {
            Cell top = path.peek();
            if (!top.isDirty()) {
                finish(path);
                continue;
            }
            Cell needed = top.hasFormula() ? evaluate(top) : pendingAnchor(top);
            if (needed == null) {
                top.setDirty(false);
                finish(path);
            } else if (needed.mark() == ACTIVE) {
                breakCycle(path, needed);
            } else {
                needed.setMark(ACTIVE);
                path.push(needed);
            }
        }
    }

    private void finish(Deque<Cell> path) {
        path.pop().setMark(0);
    }

    /** Evaluates a formula cell; returns the cell it must wait for, or null when done. */
    private Cell evaluate(Cell cell) {
        changes.countEvaluation();
        Formula formula = cell.formula();
        if (!formula.isParsed()) {
            setValue(cell, ErrorValue.NAME);
            return null;
        }
        ReadLog reads = graph.readsAtRunTime(cell) ? new ReadLog() : null;
        evaluator.logReads(reads);
        try {
            Value raw = evaluator.evaluate(formula.expr(), cell.sheet(), cell.row(), cell.column(), formula.isArray());
            results.store(cell, raw, evaluator);
        } catch (PendingCell pending) {
            return pending.cell();
        } catch (ErrorSignal signal) { // a result too large to read
            results.store(cell, signal.error(), evaluator);
        } finally {
            evaluator.logReads(null);
        }
        if (reads != null) {
            graph.observe(cell, reads.ranges());
        }
        return null;
    }

    /** A spilled cell waits for its anchor; null when the anchor is done (the cell was left behind). */
    private static Cell pendingAnchor(Cell member) {
        Cell anchor = member.spillAnchor();
        return anchor != null && anchor.isDirty() ? anchor : null;
    }

    /** Every cell on the path from {@code repeated} to the top reads the next: they form a cycle. */
    private void breakCycle(Deque<Cell> path, Cell repeated) {
        Set<Cell> cycle = new LinkedHashSet<>();
        Cell cell;
        do {
            cell = path.pop();
            cell.setMark(0);
            cycle.add(cell);
        } while (cell != repeated);
        settleCycles(cycle);
    }

    /** Sets a cell's value and records the change; true if the value differs from before. */
    boolean setValue(Cell cell, Value value) {
        if (value.equals(cell.value())) {
            return false;
        }
        cell.setValue(value);
        changes.add(cell);
        return true;
    }

    /** A cell joined a spill while recomputing: whatever reads it must be recomputed too. */
    void valueChangedDuringPass(Cell member) {
        markDependentsDirty(member);
    }

    /** A cell became blank: a dynamic array it was blocking may now spill. */
    void cellBecameBlank(Cell cell) {
        for (Map.Entry<Cell, Area> entry : List.copyOf(blocked.entrySet())) {
            Area wanted = entry.getValue();
            if (entry.getKey().sheet() == cell.sheet() && wanted != null && wanted.contains(cell.row(), cell.column())) {
                markDirty(entry.getKey());
            }
        }
    }

    void block(Cell anchor, Area wanted) {
        blocked.put(anchor, wanted);
    }

    void unblock(Cell anchor) {
        if (!blocked.isEmpty()) { // the usual case: skip hashing a cell for every computed array formula
            blocked.remove(anchor);
        }
    }

    /** Marks a formula cell and everything downstream of it as needing recomputation. */
    private void markDirty(Cell formulaCell) {
        if (formulaCell.isDirty() || markedMost) {
            return;
        }
        formulaCell.setDirty(true);
        worklist.add(formulaCell);
        markDependentsDirty(formulaCell);
    }

    /** Marks everything that reads {@code source} (directly, through a range, or through its spill). */
    private void markDependentsDirty(Cell source) {
        markDependentsDirty(source, null);
    }

    /**
     * Like {@link #markDependentsDirty(Cell)}, leaving the cells of {@code settled} (if any) alone. The cells an
     * anchor spilled are marked with it but not queued: the readers of its whole spill are marked at once, so
     * while the anchor is dirty every reader of its spill is too, and recomputing it need not mark them again.
     */
    private void markDependentsDirty(Cell source, Set<Cell> settled) {
        if (markedMost) {
            return; // everything is recomputed anyway
        }
        Deque<Cell> pending = pendingMarks.isEmpty() ? pendingMarks : new ArrayDeque<>(); // re-entered while marking
        pending.push(source);
        Consumer<Cell> visit = settled == null ? dependent -> mark(dependent, pending) : dependent -> {
            if (!settled.contains(dependent)) {
                mark(dependent, pending);
            }
        };
        while (!pending.isEmpty()) {
            if (worklist.size() > markLimit) {
                markedMost = true;
                pending.clear();
                return;
            }
            Cell cell = pending.pop();
            DependencyGraph.forEachMember(cell, member -> member.setDirty(true));
            graph.forEachReader(cell, visit);
            graph.forEachObserver(cell, visit);
        }
    }

    /**
     * The graph's forward edges between dirty cells, for ordering them: a spill counts as one unit, its anchor
     * leading straight to the readers of its cells (which wait for the anchor when evaluated).
     */
    private void forEachDirtyDependent(Cell cell, Consumer<Cell> action) {
        graph.forEachReader(cell, dependent -> {
            if (dependent.isDirty()) {
                action.accept(dependent);
            }
        });
    }

    private void mark(Cell dependent, Deque<Cell> pending) {
        // a cell found on a cycle stays settled for the rest of the pass: recomputing it could only flip the
        // spill that closed the cycle on and off
        if (!dependent.isDirty() && (onCycles.isEmpty() || !onCycles.contains(dependent))) {
            dependent.setDirty(true);
            worklist.add(dependent);
            pending.push(dependent);
        }
    }

    /**
     * True if spilling into cells the anchor does not cover yet would feed its own inputs: some formula reading
     * one of those cells leads, through its dependents, back to the anchor. The other cells of that cycle
     * become #CYCLE! too, as they would had the spill been known in advance.
     */
    boolean spillFeedsBack(Cell anchor, Area target) {
        Set<Cell> cycle = graph.cycleThroughSpill(anchor, target);
        if (cycle.isEmpty()) {
            return false;
        }
        cycle.remove(anchor); // the caller settles the anchor
        settleCycles(cycle);
        cycle.add(anchor);
        onCycles.add(anchor);
        for (Cell cell : cycle) {
            if (cell != anchor) {
                markDependentsDirty(cell, cycle);
            }
        }
        return true;
    }

}
