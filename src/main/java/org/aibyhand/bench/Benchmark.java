package org.aibyhand.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code bench} command: how fast the engine recalculates and edits the given workbooks compared with Apache
 * POI, how it scales on the lessons compared with a plain-Java loop, POI and LibreOffice, how long loading and
 * saving take, a chart, and the targets, each {@code target <name>: <figure> <goal> met|MISSED}, then
 * {@code targets met: K/N}. Tables go to {@code out}; progress goes to {@code err}.
 */
public final class Benchmark {
    static final String CHART_HEADER = "== Chart ==";
    static final String TARGETS_HEADER = "== Targets ==";

    private Benchmark() {
    }

    /** Runs the command without the window section. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, null);
    }

    /**
     * Runs the command; 0 when it ran (whether or not the targets are met), 1 when it failed, 2 on bad usage.
     * With a window probe it also measures the app's window at scale.
     */
    public static int run(String[] args, PrintStream out, PrintStream err, WindowProbe window) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException wrong) {
            err.println("bench: " + wrong.getMessage());
            err.println(BenchOptions.USAGE);
            return 2;
        }
        System.setProperty("java.awt.headless", "true");
        Path folder = null;
        try {
            folder = Files.createTempDirectory("ai-by-hand-bench");
            run(options, window, folder, out, new Progress(err));
            return 0;
        } catch (Exception | OutOfMemoryError failure) {
            err.println("bench: failed: " + failure);
            return 1;
        } finally {
            delete(folder);
        }
    }

    private static void run(BenchOptions options, WindowProbe window, Path folder, PrintStream out, Progress progress)
            throws Exception {
        Runtime runtime = Runtime.getRuntime();
        out.printf("AI by Hand benchmark (%s): Java %s, %d processors, max heap %s MB%n%n", options.mode(),
                System.getProperty("java.version"), runtime.availableProcessors(), Figures.count(runtime.maxMemory() >> 20));
        List<Path> given = GivenWorkbooks.in(options.workbooks());
        String noGiven = given.isEmpty() ? "no workbooks in " + options.workbooks().toAbsolutePath().normalize() : null;
        List<GivenRecalcSection.Result> recalcs = List.of();
        List<EditLatencySection.Result> edits = List.of();
        if (noGiven != null) {
            out.println("Given workbooks not found: " + options.workbooks().toAbsolutePath().normalize()
                    + " holds no .xlsx (use --workbooks DIR); the full-recalculation and edit-latency sections are skipped.");
            out.println();
        } else {
            out.println("Given workbooks: " + options.workbooks().toAbsolutePath().normalize() + " (" + given.size() + " files)");
            out.println();
            List<GivenWorkbook> loaded = new ArrayList<>();
            for (Path file : given) {
                loaded.add(GivenWorkbook.load(file));
            }
            recalcs = GivenRecalcSection.run(loaded, options, out, progress);
            edits = EditLatencySection.run(loaded, options, out, progress);
        }

        List<TrainingSection.Result> training = TrainingSection.run(options.quick(), out, progress);

        ScaleSection scale = new ScaleSection(options, progress, folder);
        List<ScaleRun> runs = scale.run(out);

        LoadSaveSection loadSave = new LoadSaveSection();
        if (noGiven == null) {
            progress.step("loading and saving");
            loadSave.given(GivenRecalcSection.largest(given), folder, options);
        }
        ScaleRun largest = runs.stream().max(Comparator.comparingInt(ScaleRun::formulas)).orElse(null);
        if (largest != null && largest.fileBytes() >= 0) {
            loadSave.scale(largest, scale.file(largest), folder);
        } else if (largest != null) {
            loadSave.note("the largest scale workbook is exported, saved and loaded in the full run only");
        }
        loadSave.print(out);

        List<StartUpSection.Result> starts = StartUpSection.run(folder, options.quick(), out, progress);

        List<ViewSection.Run> views = window == null ? List.of() : ViewSection.run(window, options, folder, out, progress);

        out.println(CHART_HEADER);
        Chart.write(chartPoints(recalcs, runs), options.chartWidth(), options.chartHeight(), options.chart());
        out.println("recalculation time against formula cells: " + options.chart() + " (" + options.chartWidth() + "x"
                + options.chartHeight() + ")");
        out.println();

        List<Target> targets = new ArrayList<>();
        targets.add(GivenRecalcSection.target(recalcs, noGiven));
        targets.add(EditLatencySection.target(edits, noGiven));
        targets.addAll(ScaleSection.mambaTargets(runs));
        targets.add(ScaleSection.rnnTarget(runs));
        targets.addAll(loadSave.targets());
        targets.add(scale.editTarget());
        targets.add(StartUpSection.target(starts));
        targets.add(TrainingSection.target(training));
        targets.addAll(ViewSection.targets(views));
        progress.step("done");
        out.println(TARGETS_HEADER);
        targets.forEach(target -> out.println(target.line()));
        long notRun = targets.stream().filter(target -> !target.run()).count();
        out.println("targets met: " + targets.stream().filter(Target::met).count() + "/" + (targets.size() - notRun)
                + (notRun > 0 ? " (" + notRun + " not run in this mode)" : ""));
    }

    private static List<Chart.Point> chartPoints(List<GivenRecalcSection.Result> recalcs, List<ScaleRun> runs) {
        List<Chart.Point> points = new ArrayList<>();
        for (GivenRecalcSection.Result r : recalcs) {
            points.add(new Chart.Point(Chart.Series.ENGINE, Chart.Family.GIVEN, r.formulas(), r.oursNanos() / 1e6));
            if (r.poiCorrect()) {
                points.add(new Chart.Point(Chart.Series.POI, Chart.Family.GIVEN, r.formulas(), r.poiNanos() / 1e6));
            }
        }
        for (ScaleRun r : runs) {
            Chart.Family family = r.model().equals(ScaleSection.MAMBA) ? Chart.Family.MAMBA : Chart.Family.RNN;
            if (r.failure() == null) {
                points.add(new Chart.Point(Chart.Series.ENGINE, family, r.formulas(), r.recalcNanos() / 1e6));
            }
            points.add(new Chart.Point(Chart.Series.PLAIN, family, r.formulas(), r.plainNanos() / 1e6));
            if (r.poi() != null && r.poi().computed()) {
                points.add(new Chart.Point(Chart.Series.POI, family, r.formulas(), Samples.of(r.poi().runNanos()).median() / 1e6));
            }
        }
        return points;
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
