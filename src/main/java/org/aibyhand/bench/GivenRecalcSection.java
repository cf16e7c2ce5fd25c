package org.aibyhand.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.aibyhand.xlsx.PoiEvaluation;
import org.aibyhand.xlsx.PoiResult;

/**
 * Full recalculation of each given workbook, loaded once and warm: the engine against Apache POI's evaluator on the
 * same file in the same process. POI's time counts only where it computes every cell as Excel saved it.
 */
final class GivenRecalcSection {
    static final String HEADER = "== Full recalculation of the given workbooks (warm) ==";
    static final String TARGET = "full-recalc-vs-poi";
    private static final double GOAL = 50;
    private static final Duration POI_TIMEOUT = Duration.ofSeconds(30);

    /** One workbook: formula cells, our median time, how many of our results differ from Excel's, POI's outcome. */
    record Result(String workbook, int formulas, long oursNanos, int oursDiffer, PoiResult poi) {
        boolean poiCorrect() {
            return poi.status() == PoiResult.Status.CORRECT;
        }

        long poiNanos() {
            return Samples.of(poi.runNanos()).median();
        }

        double speedUp() {
            return (double) poiNanos() / oursNanos;
        }
    }

    private GivenRecalcSection() {
    }

    static List<Result> run(List<GivenWorkbook> workbooks, BenchOptions options, PrintStream out, Progress progress)
            throws Exception {
        out.println(HEADER);
        List<Result> results = new ArrayList<>();
        for (GivenWorkbook given : workbooks) {
            progress.step("recalculating " + given.name() + ", then POI");
            int differ = GivenWorkbooks.differencesFromFile(given.book(), given.file());
            Samples ours = Timing.measure(given.calculator()::recalculateAll, options.smallRecalc());
            PoiResult poi = PoiEvaluation.run(given.file(), options.warmUp(), options.poiRuns(), POI_TIMEOUT);
            results.add(new Result(given.name(), given.formulas(), ours.median(), differ, poi));
        }
        print(results, options, out);
        return results;
    }

    private static void print(List<Result> results, BenchOptions options, PrintStream out) {
        TextTable table = new TextTable("workbook", "formulas", "ours ms", "ours µs/formula", "ours vs Excel", "POI cells",
                "POI ms", "POI µs/cell", "POI ÷ ours", "POI result");
        for (Result r : results) {
            boolean timed = r.poi().computed();
            table.row(r.workbook(), Figures.count(r.formulas()), Figures.millis(r.oursNanos()),
                    Figures.micros((double) r.oursNanos() / r.formulas()),
                    r.oursDiffer() == 0 ? "same" : r.oursDiffer() + " differ",
                    r.poi().formulaCells() == 0 ? "-" : Figures.count(r.poi().formulaCells()),
                    timed ? Figures.millis(r.poiNanos()) : "-",
                    timed ? Figures.micros((double) r.poiNanos() / r.poi().formulaCells()) : "-",
                    r.poiCorrect() ? Figures.times(r.speedUp()) : "-", r.poi().status().toString().toLowerCase());
        }
        table.print(out);
        for (Result r : results) {
            if (!r.poiCorrect()) {
                out.println("  POI on " + r.workbook() + ": " + r.poi().status().toString().toLowerCase() + ": "
                        + r.poi().detail());
            }
        }
        out.println("  each warmed up for " + Figures.seconds(options.warmUp().toNanos()) + " s of untimed runs, then the median"
                + " of " + options.smallRecalc().runs() + " timed runs (ours) or " + options.poiRuns() + " (POI: FormulaEvaluator,"
                + " cache cleared before each); POI ÷ ours only where POI computes every cell as Excel saved it.");
        out.println();
    }

    /** The smallest speed-up over POI among the workbooks POI computes correctly. */
    static Target target(List<Result> results, String whyNone) {
        String goal = ">= 50x";
        if (whyNone != null) {
            return Target.notMeasured(TARGET, whyNone, goal);
        }
        return results.stream().filter(Result::poiCorrect).min(Comparator.comparingDouble(Result::speedUp))
                .map(worst -> new Target(TARGET, Figures.times(worst.speedUp()) + " (" + worst.workbook() + ")", goal, worst.speedUp() >= GOAL))
                .orElse(Target.notMeasured(TARGET, "POI computes none of the workbooks", goal));
    }

    /** The largest given workbook by file size, for the load and save section. */
    static Path largest(List<Path> files) throws Exception {
        Path largest = files.get(0);
        for (Path file : files) {
            if (Files.size(file) > Files.size(largest)) {
                largest = file;
            }
        }
        return largest;
    }
}
