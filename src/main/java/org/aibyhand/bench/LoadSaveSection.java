package org.aibyhand.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.xlsx.LoadedWorkbook;
import org.aibyhand.xlsx.WorkbookFormatException;
import org.aibyhand.xlsx.XlsxReader;
import org.aibyhand.xlsx.XlsxWriter;

/**
 * Loading and saving .xlsx: the largest given workbook (by file size), loaded and saved repeatedly, and the
 * largest scale workbook, whose save the scale section timed and which is loaded here once.
 */
final class LoadSaveSection {
    static final String HEADER = "== Load and save ==";

    /** The goals for the largest Mamba lesson: load and save each within 3 s, recalc within 1 KB a cell. */
    static final double MAX_SECONDS = 3;
    static final double MAX_BYTES_PER_CELL = 1024;

    private final TextTable table = new TextTable("workbook", "cells", "formula cells", "file MB", "load ms", "save ms",
            "peak heap MB", "peak B/cell", "runs");
    private final List<String> notes = new ArrayList<>();
    /** The largest scale workbook's figures, or null when it was not loaded. */
    private ScaleFigures largest;

    /** Load, save and peak heap of load + recalculation + save, for the targets. */
    private record ScaleFigures(String label, long loadNanos, long saveNanos, long peakBytes, long cells) {
    }

    LoadSaveSection() {
    }

    /** Loads {@code file} and saves it (recomputed, as the recalc command does) into {@code folder}. */
    void given(Path file, Path folder, BenchOptions options) throws IOException, WorkbookFormatException {
        PeakHeap.reset();
        LoadedWorkbook loaded = XlsxReader.read(file);
        new Calculator(loaded.workbook()).recalculateAll(); // saved with results, as the recalc command saves
        Path copy = folder.resolve("saved-" + GivenWorkbooks.name(file));
        write(loaded, copy);
        long peak = PeakHeap.bytes();
        Samples load = Timing.measure(() -> read(file), options.loadSave());
        Samples save = Timing.measure(() -> write(loaded, copy), options.loadSave());
        long cells = cells(loaded);
        table.row(GivenWorkbooks.name(file), Figures.count(cells), Figures.count(GivenWorkbooks.formulaCells(loaded.workbook())),
                Figures.megabytes(Files.size(file)), Figures.millis(load.median()), Figures.millis(save.median()),
                Figures.megabytes(peak), Figures.count(peak / Math.max(1, cells)), "median of " + load.count());
        Files.deleteIfExists(copy);
    }

    /**
     * The largest scale workbook as exported: loaded, recalculated and saved again once, as the recalc command
     * does, with the peak heap of the three; a failure (out of memory, say) is reported in its place.
     */
    void scale(ScaleRun run, Path file, Path folder) {
        Path copy = folder.resolve("saved-" + file.getFileName());
        try {
            PeakHeap.reset();
            LoadedWorkbook[] loaded = new LoadedWorkbook[1];
            long load = Timing.once(() -> loaded[0] = readLoaded(file));
            new Calculator(loaded[0].workbook()).recalculateAll();
            long save = Timing.once(() -> write(loaded[0], copy));
            long peak = PeakHeap.bytes();
            long cells = cells(loaded[0]);
            largest = new ScaleFigures(run.label(), load, save, peak, cells);
            table.row(run.label() + " (exported)", Figures.count(cells), Figures.count(run.formulas()),
                    Figures.megabytes(run.fileBytes()), Figures.millis(load), Figures.millis(save), Figures.megabytes(peak),
                    Figures.count(peak / Math.max(1, cells)), "once");
            Files.deleteIfExists(copy);
        } catch (RuntimeException | IOException | OutOfMemoryError failure) {
            notes.add("loading and saving " + run.label() + " failed: " + failure);
        }
    }

    /** Targets: the largest Mamba lesson loads and saves within 3 s and recalculates within 1 KB of heap a cell. */
    List<Target> targets() {
        String goal = "<= " + Figures.decimal(MAX_SECONDS) + " s";
        String memoryGoal = "<= " + Figures.count((long) MAX_BYTES_PER_CELL) + " B per cell";
        if (largest == null || !largest.label().startsWith("Mamba")) {
            String why = "the largest Mamba lesson is exported and loaded in the full run only";
            return List.of(Target.notRun("mamba-load", why, goal), Target.notRun("mamba-save", why, goal),
                    Target.notRun("recalc-peak-heap", why, memoryGoal));
        }
        double bytesPerCell = (double) largest.peakBytes() / largest.cells();
        return List.of(
                new Target("mamba-load", Figures.seconds(largest.loadNanos()) + " s (" + largest.label() + ")", goal,
                        largest.loadNanos() <= MAX_SECONDS * 1e9),
                new Target("mamba-save", Figures.seconds(largest.saveNanos()) + " s (" + largest.label() + ")", goal,
                        largest.saveNanos() <= MAX_SECONDS * 1e9),
                new Target("recalc-peak-heap", Figures.count(Math.round(bytesPerCell)) + " B per cell (" + largest.label()
                        + ", load + recalc + save)", memoryGoal, bytesPerCell <= MAX_BYTES_PER_CELL));
    }

    private static long cells(LoadedWorkbook loaded) {
        long cells = 0;
        for (var sheet : loaded.workbook().sheets()) {
            cells += sheet.cellCount();
        }
        return cells;
    }

    /** A line under the table. */
    void note(String text) {
        notes.add(text);
    }

    void print(PrintStream out) {
        out.println(HEADER);
        if (table.isEmpty()) {
            out.println("  nothing to load or save");
        } else {
            table.print(out);
            out.println("  load = XlsxReader.read (formulas parsed, ready to compute); save = XlsxWriter.write with results;"
                    + " peak heap = most heap in use over load, full recalculation and save (JVM memory pools)");
        }
        notes.forEach(note -> out.println("  " + note));
        out.println();
    }

    private static void read(Path file) {
        readLoaded(file);
    }

    private static LoadedWorkbook readLoaded(Path file) {
        try {
            return XlsxReader.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (WorkbookFormatException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void write(LoadedWorkbook loaded, Path copy) {
        try {
            XlsxWriter.write(loaded.workbook(), loaded, copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
