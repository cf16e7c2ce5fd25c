package org.aibyhand.bench;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.graph.Calculator;

/**
 * Edit latency at scale: on the Mamba lesson at T up to 1,024 and the RNN lesson from T = 10,000, givens spread
 * evenly over the workbook are each set to a new value with {@link Calculator#setValue} and put back (the median of
 * three edits of each counting, as for the given workbooks: a collection of the large heap lands on one edit, not
 * on every edit of a cell), and the p99 of those edits is set against the lesson's full compiled recalculation. An edit of a weight reaches most of
 * the workbook, so it should cost no more than recomputing everything twice.
 */
final class ScaleEdits {
    static final String TARGET = "edit-p99-vs-full-recalc";
    static final double GOAL = 2.0;
    private static final String GOAL_TEXT = "<= " + Figures.times(GOAL) + " at Mamba T=256 and 1,024, RNN T=10,000 and 100,000";

    /** One lesson size's edits against its full recalculation. */
    record Result(String label, int givens, long fullNanos, Samples nanos) {
        double ratio() {
            return (double) nanos.percentile(99) / fullNanos;
        }
    }

    private ScaleEdits() {
    }

    /** True for the sizes the target names. */
    static boolean measured(String model, int steps) {
        return model.equals(ScaleSection.MAMBA) ? steps <= 1_024 : steps >= 10_000;
    }

    static Result measure(String label, Calculator calculator, long fullNanos, boolean quick) {
        List<Cell> givens = EditLatencySection.numericConstants(calculator.workbook());
        List<Cell> sample = EditLatencySection.evenlySampled(givens, quick ? 60 : 100);
        EditLatencySection.edit(calculator, sample.subList(0, Math.min(20, sample.size())), 1, null, null); // warm-up
        long[] nanos = new long[sample.size()];
        EditLatencySection.edit(calculator, sample, EditLatencySection.REPEATS, nanos, null);
        return new Result(label, givens.size(), fullNanos, Samples.of(nanos));
    }

    static void print(List<Result> results, PrintStream out) {
        if (results.isEmpty()) {
            return;
        }
        TextTable table = new TextTable("lesson", "givens", "edited", "full recalc ms", "edit median ms", "edit p99 ms",
                "edit max ms", "p99 ÷ full");
        for (Result r : results) {
            table.row(r.label(), Figures.count(r.givens()), Figures.count(r.nanos().count()), Figures.millis(r.fullNanos()),
                    Figures.millis(r.nanos().median()), Figures.millis(r.nanos().percentile(99)),
                    Figures.millis(r.nanos().max()), Figures.times(r.ratio()));
        }
        table.print(out);
        out.println("  edits at scale: givens evenly sampled, each set to a new value (Calculator.setValue, timed) and put"
                + " back, median of " + EditLatencySection.REPEATS + " edits of each; full recalc = the median full recalculation above");
        out.println();
    }

    /** The worst ratio over the sizes measured; not run when the mode runs none of them. */
    static Target target(List<Result> results, boolean quick) {
        if (results.isEmpty()) {
            return Target.notRun(TARGET, "no size it names was run", GOAL_TEXT);
        }
        Result worst = results.stream().max(Comparator.comparingDouble(Result::ratio)).orElseThrow();
        String figure = Figures.times(worst.ratio()) + " (" + worst.label() + (quick ? "; --quick runs T=256 and 10,000 only" : "") + ")";
        return new Target(TARGET, figure, GOAL_TEXT, worst.ratio() <= GOAL);
    }
}
