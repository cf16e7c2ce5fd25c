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

    private final TextTable table = new TextTable("workbook", "formula cells", "file MB", "load ms", "save ms", "runs");
    private final List<String> notes = new ArrayList<>();

    LoadSaveSection() {
    }

    /** Loads {@code file} and saves it (recomputed, as the recalc command does) into {@code folder}. */
    void given(Path file, Path folder, BenchOptions options) throws IOException, WorkbookFormatException {
        LoadedWorkbook loaded = XlsxReader.read(file);
        new Calculator(loaded.workbook()).recalculateAll(); // saved with results, as the recalc command saves
        Path copy = folder.resolve("saved-" + GivenWorkbooks.name(file));
        Samples load = Timing.measure(() -> read(file), options.loadSave());
        Samples save = Timing.measure(() -> write(loaded, copy), options.loadSave());
        table.row(GivenWorkbooks.name(file), Figures.count(GivenWorkbooks.formulaCells(loaded.workbook())),
                Figures.megabytes(Files.size(file)), Figures.millis(load.median()), Figures.millis(save.median()),
                "median of " + load.count());
        Files.deleteIfExists(copy);
    }

    /**
     * The largest scale workbook: its save as the scale section timed it, and one load; a load that fails (out of
     * memory, say) is reported in its place.
     */
    void scale(ScaleRun run, Path file) {
        String load;
        try {
            load = Figures.millis(Timing.once(() -> read(file)));
        } catch (RuntimeException | OutOfMemoryError failure) {
            load = "failed";
            notes.add("loading " + run.label() + " failed: " + failure);
        }
        table.row(run.label() + " (exported)", Figures.count(run.formulas()), Figures.megabytes(run.fileBytes()), load,
                Figures.millis(run.saveNanos()), "once");
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
            out.println("  load = XlsxReader.read (formulas parsed, ready to compute); save = XlsxWriter.write with results");
        }
        notes.forEach(note -> out.println("  " + note));
        out.println();
    }

    private static void read(Path file) {
        try {
            XlsxReader.read(file);
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
