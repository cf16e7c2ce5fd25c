package org.aibyhand.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;
import org.aibyhand.xlsx.XlsxWriter;

/**
 * Scale: the Mamba lesson (16 channels, state 16) and the RNN lesson (a dependency chain as deep as its steps) at
 * growing T, each built, recalculated from scratch (warm, median), measured in heap per formula cell and timed
 * against a plain-Java loop computing the same tensors; then exported, and given to POI and LibreOffice.
 */
final class ScaleSection {
    static final String HEADER = "== Scale: lesson workbooks recalculated in full (warm) ==";
    static final String PEERS_HEADER = "== Scale: POI and LibreOffice on the exported workbooks ==";
    static final String MAMBA = "Mamba";
    static final String RNN = "RNN";
    private static final String QUICK = "not run (--quick)";

    private final BenchOptions options;
    private final Progress progress;
    private final Path folder;
    private final Peers peers;
    private final List<ScaleEdits.Result> edits = new ArrayList<>();

    ScaleSection(BenchOptions options, Progress progress, Path folder) {
        this.options = options;
        this.progress = progress;
        this.folder = folder;
        this.peers = new Peers(options, folder);
    }

    List<ScaleRun> run(PrintStream out) throws IOException {
        List<ScaleRun> runs = new ArrayList<>();
        for (int steps : options.mambaSteps()) {
            runs.add(measure(MAMBA, steps));
        }
        for (int steps : options.rnnSteps()) {
            runs.add(measure(RNN, steps));
        }
        out.println(HEADER);
        printEngine(runs, out);
        ScaleEdits.print(edits, out);
        out.println(PEERS_HEADER);
        printPeers(runs, out);
        return runs;
    }

    /** The exported workbook of a run, kept until the section's caller is done with it. */
    Path file(ScaleRun run) {
        return file(run.model(), run.steps());
    }

    private Path file(String model, int steps) {
        return folder.resolve(model.toLowerCase() + "-" + steps + ".xlsx");
    }

    private ScaleRun measure(String model, int steps) throws IOException {
        progress.step(model + " T=" + steps + ": building and recalculating");
        long heapBefore = Timing.usedHeap();
        long start = System.nanoTime();
        Workbook book = Lessons.build(model.equals(MAMBA) ? "mamba" : "rnn", lessonOptions(model, steps)).workbook();
        Calculator calculator = new Calculator(book);
        long buildNanos = System.nanoTime() - start;
        String failure = null;
        long firstRecalc = System.nanoTime();
        try {
            calculator.recalculateAll();
        } catch (StackOverflowError overflow) {
            failure = "StackOverflowError";
        }
        firstRecalc = System.nanoTime() - firstRecalc;
        long heapBytes = Timing.usedHeap() - heapBefore;
        int formulas = GivenWorkbooks.formulaCells(book);
        long recalcNanos = failure == null ? Timing.measure(calculator::recalculateAll, options.scaleRecalc()).median() : firstRecalc;

        if (failure == null && ScaleEdits.measured(model, steps)) {
            progress.step(model + " T=" + steps + ": editing givens");
            edits.add(ScaleEdits.measure(model + " T=" + Figures.count(steps), calculator, recalcNanos, options.quick()));
        }

        progress.step(model + " T=" + steps + ": plain-Java loop");
        PlainLoop loop = model.equals(MAMBA) ? new MambaLoop(book) : new RnnLoop(book);
        long plainNanos = Timing.measure(loop, options.plainLoop()).median();
        double difference = loop.maxDifference(book);
        if (options.quick()) {
            return new ScaleRun(model, steps, formulas, buildNanos, firstRecalc, recalcNanos, heapBytes, plainNanos,
                    difference, failure, -1, -1, null, QUICK, QUICK);
        }

        progress.step(model + " T=" + steps + ": exporting, then LibreOffice");
        Path file = file(model, steps);
        long saveStart = System.nanoTime();
        XlsxWriter.write(book, null, file);
        long saveNanos = System.nanoTime() - saveStart;
        String libreOffice = peers.libreOffice(model, steps, formulas, file, book);
        book = null; // POI runs in a process of its own: give it the memory
        calculator = null;
        loop = null;
        progress.step(model + " T=" + steps + ": POI");
        Peers.PoiRun poi = peers.poi(model, steps, formulas, file);
        return new ScaleRun(model, steps, formulas, buildNanos, firstRecalc, recalcNanos, heapBytes, plainNanos, difference,
                failure, Files.size(file), saveNanos, poi.result(), poi.text(), libreOffice);
    }

    private static LessonOptions lessonOptions(String model, int steps) {
        LessonOptions options = new LessonOptions(1).with("steps", steps);
        return model.equals(MAMBA) ? options.with("channels", BenchOptions.MAMBA_CHANNELS).with("state", BenchOptions.MAMBA_STATE)
                : options;
    }

    private static void printEngine(List<ScaleRun> runs, PrintStream out) {
        TextTable table = new TextTable("lesson", "formula cells", "build ms", "first recalc ms", "recalc ms",
                "ns/formula", "heap B/formula", "plain Java ms", "ours ÷ plain", "max |diff|");
        for (ScaleRun r : runs) {
            table.row(r.label(), Figures.count(r.formulas()), Figures.millis(r.buildNanos()),
                    Figures.millis(r.firstRecalcNanos()), r.failure() != null ? r.failure() : Figures.millis(r.recalcNanos()),
                    Figures.count(Math.round(r.nanosPerFormula())), Figures.count(Math.round(r.heapPerFormula())),
                    Figures.millis(r.plainNanos()), Figures.times(r.overPlain()), Figures.difference(r.maxDifference()));
        }
        table.print(out);
        out.println("  Mamba: D = " + BenchOptions.MAMBA_CHANNELS + " channels, N = " + BenchOptions.MAMBA_STATE
                + " states; RNN: I = 2, H = 3, O = 1 with backpropagation through time. build = lesson + dependency graph;"
                + " heap = used heap after GC, before building vs after building and recalculating; plain Java = the same"
                + " tensors computed by a loop over arrays from the workbook's givens; max |diff| = largest difference"
                + " between its tensors and the engine's.");
        out.println();
    }

    private void printPeers(List<ScaleRun> runs, PrintStream out) throws IOException {
        if (options.quick()) {
            out.println("  not run with --quick: the full run exports each lesson and times POI and LibreOffice on it");
            out.println();
            return;
        }
        TextTable table = new TextTable("lesson", "file MB", "save s", "POI (own process, " + options.poiTimeout().toSeconds()
                + " s allowed)", "LibreOffice (" + options.libreOfficeTimeout().toSeconds() + " s allowed)");
        for (ScaleRun r : runs) {
            table.row(r.label(), Figures.megabytes(r.fileBytes()), Figures.seconds(r.saveNanos()), r.poiText(), r.libreOffice());
        }
        table.print(out);
        String baseline = peers.libreOfficeBaseline();
        out.println("  LibreOffice: headless, recalculating on load, converting to .xlsx; its times include its start and"
                + " the save" + (baseline == null ? "" : " (" + baseline + " for a one-formula workbook)")
                + ". POI: XSSFWorkbook + FormulaEvaluator"
                + " with the default stack, checked against the results the file holds (the engine's). A program that"
                + " fails, or would need more than the time allowed judging by the last size, is not run on larger sizes.");
        out.println();
    }

    /** The Mamba targets: ns per formula cell, the ratio to the plain-Java loop and heap per formula cell (worst size). */
    static List<Target> mambaTargets(List<ScaleRun> runs) {
        List<ScaleRun> mamba = runs.stream().filter(r -> r.model().equals(MAMBA)).toList();
        if (mamba.isEmpty()) {
            return List.of(Target.notMeasured("mamba-ns-per-cell", "no Mamba size run", "<= 50 ns"),
                    Target.notMeasured("mamba-vs-plain-java", "no Mamba size run", "<= 10x"),
                    Target.notMeasured("mamba-heap-per-cell", "no Mamba size run", "<= 300 B"));
        }
        ScaleRun slowest = worst(mamba, ScaleRun::nanosPerFormula);
        ScaleRun farthest = worst(mamba, ScaleRun::overPlain);
        ScaleRun heaviest = worst(mamba, ScaleRun::heapPerFormula);
        boolean computed = mamba.stream().allMatch(ScaleRun::computed);
        return List.of(
                new Target("mamba-ns-per-cell", Figures.count(Math.round(slowest.nanosPerFormula())) + " ns (T="
                        + Figures.count(slowest.steps()) + ")", "<= 50 ns", computed && slowest.nanosPerFormula() <= 50),
                new Target("mamba-vs-plain-java", Figures.times(farthest.overPlain()) + " (T=" + Figures.count(farthest.steps())
                        + ")", "<= 10x", computed && farthest.overPlain() <= 10),
                new Target("mamba-heap-per-cell", Figures.count(Math.round(heaviest.heapPerFormula())) + " B (T="
                        + Figures.count(heaviest.steps()) + ")", "<= 300 B", computed && heaviest.heapPerFormula() <= 300));
    }

    /** Edits at scale against full recalculation, over the sizes run. */
    Target editTarget() {
        return ScaleEdits.target(edits, options.quick());
    }

    /**
     * The deep chain: the longest RNN recalculates, without stack overflow, to the plain-Java loop's tensors; not
     * run when the mode leaves the 100,000 steps out.
     */
    static Target rnnTarget(List<ScaleRun> runs) {
        String goal = ">= 100,000 steps, no stack overflow";
        return runs.stream().filter(r -> r.model().equals(RNN)).reduce((a, b) -> b.steps() >= a.steps() ? b : a)
                .map(longest -> longest.steps() < 100_000 && longest.failure() == null
                        ? Target.notRun("rnn-deep-chain", "longest RNN run: " + Figures.count(longest.steps()) + " steps", goal)
                        : new Target("rnn-deep-chain", Figures.count(longest.steps()) + " steps "
                        + (longest.failure() != null ? longest.failure()
                        : longest.computed() ? "recalculated" : "recalculated wrongly (max |diff| "
                        + Figures.difference(longest.maxDifference()) + ")"),
                        goal, longest.steps() >= 100_000 && longest.computed()))
                .orElse(Target.notMeasured("rnn-deep-chain", "no RNN size run", goal));
    }

    private static ScaleRun worst(List<ScaleRun> runs, ToDoubleFunction<ScaleRun> measure) {
        return runs.stream().max(Comparator.comparingDouble(measure)).orElseThrow();
    }
}
