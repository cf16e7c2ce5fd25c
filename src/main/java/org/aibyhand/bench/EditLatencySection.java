package org.aibyhand.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.graph.ChangeSet;
import org.aibyhand.engine.value.NumberValue;

/**
 * Edit latency: in each given workbook, every numeric constant (at most {@link BenchOptions#editCap()}, evenly
 * sampled) gets a new value through {@link Calculator#setValue}, which recomputes what depends on it; that call is
 * timed, then the old value is put back untimed, three times per cell, the median counting. Untimed passes over the same edits warm the code up first.
 */
final class EditLatencySection {
    static final String HEADER = "== Edit latency: one numeric constant changed, incremental recalculation ==";
    static final String TARGET = "edit-p99";
    static final long GOAL_NANOS = 1_000_000;
    /** Times each constant is edited in the timed pass; its median counts. */
    static final int REPEATS = 3;

    /** One workbook's edits: how many constants it has and how many were edited, latency, cells recomputed. */
    record Result(String workbook, int formulas, int constants, int edited, Samples nanos, double meanRecomputed) {
    }

    private EditLatencySection() {
    }

    static List<Result> run(List<GivenWorkbook> workbooks, BenchOptions options, PrintStream out, Progress progress) {
        out.println(HEADER);
        List<Result> results = new ArrayList<>();
        for (GivenWorkbook given : workbooks) {
            progress.step("editing " + given.name());
            List<Cell> constants = numericConstants(given.book());
            List<Cell> sample = evenlySampled(constants, options.editCap());
            if (sample.isEmpty()) {
                continue;
            }
            int passes = Math.min(20, Math.max(1, (options.warmupEdits() + sample.size() - 1) / sample.size()));
            for (int pass = 0; pass < passes; pass++) {
                edit(given.calculator(), sample, 1, null, null);
            }
            System.gc(); // a collection the warm-up made due should not land in the timed pass
            long[] nanos = new long[sample.size()];
            long[] recomputed = new long[sample.size()];
            edit(given.calculator(), sample, REPEATS, nanos, recomputed);
            results.add(new Result(given.name(), given.formulas(), constants.size(), sample.size(), Samples.of(nanos),
                    Arrays.stream(recomputed).average().orElse(0)));
        }
        print(results, options.editCap(), out);
        return results;
    }

    /**
     * Edits each cell and puts it back, {@code times} times; records the median time of its edits and the evaluations
     * of the first when arrays are given. The median of a few keeps the machine's other work (a descheduled thread)
     * out of the figure while a cell that is slow to edit stays slow.
     */
    static void edit(Calculator calculator, List<Cell> cells, int times, long[] nanos, long[] recomputed) {
        long[] took = new long[times];
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            Sheet sheet = cell.sheet();
            int row = cell.row();
            int column = cell.column();
            NumberValue original = (NumberValue) cell.value();
            NumberValue edited = new NumberValue(original.value() + 1);
            for (int k = 0; k < times; k++) {
                long start = System.nanoTime();
                ChangeSet changes = calculator.setValue(sheet, row, column, edited);
                took[k] = System.nanoTime() - start;
                calculator.setValue(sheet, row, column, original);
                if (k == 0 && recomputed != null) {
                    recomputed[i] = changes.evaluations();
                }
            }
            if (nanos != null) {
                nanos[i] = Samples.of(took).median();
            }
        }
    }

    /** Cells holding a number typed in, not computed: no formula, not part of a spill. */
    static List<Cell> numericConstants(Workbook book) {
        List<Cell> cells = new ArrayList<>();
        for (Sheet sheet : book.sheets()) {
            for (Cell cell : sheet) {
                if (!cell.hasFormula() && cell.spillAnchor() == null && cell.value() instanceof NumberValue) {
                    cells.add(cell);
                }
            }
        }
        return cells;
    }

    /** At most {@code cap} items spread evenly over the list, first and (when it fits) last included. */
    static <T> List<T> evenlySampled(List<T> items, int cap) {
        if (items.size() <= cap) {
            return items;
        }
        List<T> sample = new ArrayList<>(cap);
        for (int i = 0; i < cap; i++) {
            sample.add(items.get((int) ((long) i * items.size() / cap)));
        }
        return sample;
    }

    private static void print(List<Result> results, int cap, PrintStream out) {
        TextTable table = new TextTable("workbook", "formulas", "constants", "edited", "median µs", "p99 µs", "max µs",
                "mean recomputed", "of formulas");
        boolean capped = false;
        for (Result r : results) {
            capped |= r.edited() < r.constants();
            table.row(r.workbook(), Figures.count(r.formulas()), Figures.count(r.constants()), Figures.count(r.edited()),
                    Figures.micros(r.nanos().median()), Figures.micros(r.nanos().percentile(99)),
                    Figures.micros(r.nanos().max()), Figures.decimal(r.meanRecomputed()),
                    Figures.decimal(100 * r.meanRecomputed() / Math.max(1, r.formulas())) + "%");
        }
        table.print(out);
        out.println("  time of Calculator.setValue (the edit and its incremental recalculation), median of " + REPEATS
                + " edits of each constant; recomputed = formula evaluations per edit" + (capped ? "; at most " + Figures.count(cap)
                + " constants per workbook, evenly sampled" : ""));
        out.println();
    }

    /** The worst p99 over the workbooks. */
    static Target target(List<Result> results, String whyNone) {
        String goal = "<= " + Figures.micros(GOAL_NANOS) + " µs";
        if (whyNone != null || results.isEmpty()) {
            return Target.notMeasured(TARGET, whyNone != null ? whyNone : "no numeric constants", goal);
        }
        Result worst = results.stream().max(Comparator.comparingLong(r -> r.nanos().percentile(99))).orElseThrow();
        long p99 = worst.nanos().percentile(99);
        return new Target(TARGET, Figures.micros(p99) + " µs (" + worst.workbook() + ")", goal, p99 <= GOAL_NANOS);
    }
}
