package org.aibyhand.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;
import org.aibyhand.xlsx.XlsxWriter;

/**
 * The window at scale: the RNN lesson at T = 100,000 (1.1 million formula cells) and the Mamba lesson at
 * T = 1,024 (16 channels, state 16), each saved to a file and opened in the app's window: file to first painted
 * grid, a jump to the sheet's far corner, the time of a frame while scrolling, and the window's own heap per cell.
 * It takes the longest RNN of the scale section and its longest Mamba up to T = 1,024 ({@code --quick}: 10,000
 * and 256).
 */
final class ViewSection {
    static final String HEADER = "== The window at scale: file to first painted grid, jumps, scrolling ==";
    private static final double OPEN_SECONDS = 5;
    private static final double FRAME_MILLIS = 50;
    private static final double HEAP_PER_CELL = 16;

    /** One lesson file opened. */
    record Run(String label, WindowProbe.Figures figures) {
        Samples frames() {
            return Samples.of(figures.frameNanos());
        }

        double heapPerCell() {
            return (double) figures.windowHeapBytes() / figures.cells();
        }
    }

    private ViewSection() {
    }

    static List<Run> run(WindowProbe probe, BenchOptions options, Path folder, PrintStream out, Progress progress)
            throws Exception {
        List<Run> runs = new ArrayList<>();
        int rnnSteps = options.rnnSteps().stream().max(Integer::compare).orElse(10_000);
        int mambaSteps = options.mambaSteps().stream().filter(t -> t <= 1_024).max(Integer::compare)
                .orElse(options.mambaSteps().get(0));
        runs.add(open(probe, "rnn", rnnSteps, folder, progress));
        runs.add(open(probe, "mamba", mambaSteps, folder, progress));
        out.println(HEADER);
        TextTable table = new TextTable("lesson", "cells", "load s", "first paint s", "computed s", "jump ms",
                "frame median ms", "frame p99 ms", "frame max ms", "edit ms", "window heap MB", "bytes/cell");
        for (Run run : runs) {
            WindowProbe.Figures f = run.figures();
            Samples frames = run.frames();
            table.row(run.label(), Figures.count(f.cells()), Figures.seconds(f.loadNanos()), Figures.seconds(f.firstPaintNanos()),
                    Figures.seconds(f.readyNanos()), Figures.millis(f.jumpNanos()), Figures.millis(frames.median()),
                    Figures.millis(frames.percentile(99)), Figures.millis(frames.max()), Figures.millis(f.editNanos()),
                    Figures.megabytes(f.windowHeapBytes()), Figures.decimal(run.heapPerCell()));
        }
        table.print(out);
        out.println("  first paint = reading the file, making the window and painting its grid with the file's cached values"
                + " (headless, software rendering); computed = the engine has built its graph and recomputed every cell in"
                + " the background, so edits and outlines work; a frame = scrolling a third of a screen and painting;"
                + " edit = typing over an input, recomputing what depends on it and painting; window heap = used heap"
                + " after GC with the window open, less after it closed");
        out.println();
        return runs;
    }

    private static Run open(WindowProbe probe, String model, int steps, Path folder, Progress progress) throws Exception {
        progress.step("window: " + model + " T=" + steps + ": building and saving the lesson");
        LessonOptions options = new LessonOptions(1).with("steps", steps);
        if (model.equals("mamba")) {
            options = options.with("channels", BenchOptions.MAMBA_CHANNELS).with("state", BenchOptions.MAMBA_STATE);
        }
        Workbook book = Lessons.build(model, options).workbook();
        Path file = folder.resolve("window-" + model + "-" + steps + ".xlsx");
        XlsxWriter.write(book, null, file);
        book = null;
        progress.step("window: " + model + " T=" + steps + ": opening in the window");
        WindowProbe.Figures figures = probe.measure(file);
        Files.deleteIfExists(file);
        return new Run(model + " T=" + Figures.count(steps), figures);
    }

    static List<Target> targets(List<Run> runs) {
        List<Target> targets = new ArrayList<>();
        if (runs.isEmpty()) {
            targets.add(Target.notMeasured("window-open", "no window probe", "<= " + OPEN_SECONDS + " s"));
            return targets;
        }
        double open = runs.stream().mapToDouble(r -> r.figures().firstPaintNanos() / 1e9).max().orElse(0);
        double frame = runs.stream().mapToDouble(r -> r.frames().percentile(99) / 1e6).max().orElse(0);
        double heap = runs.stream().mapToDouble(Run::heapPerCell).max().orElse(0);
        targets.add(new Target("window-open", Figures.decimal(open) + " s at worst", "<= " + (int) OPEN_SECONDS + " s",
                open <= OPEN_SECONDS));
        targets.add(new Target("window-frame-p99", Figures.decimal(frame) + " ms at worst", "<= " + (int) FRAME_MILLIS + " ms",
                frame <= FRAME_MILLIS));
        targets.add(new Target("window-heap-per-cell", Figures.decimal(heap) + " bytes at worst",
                "<= " + (int) HEAP_PER_CELL + " bytes", heap <= HEAP_PER_CELL));
        return targets;
    }
}
