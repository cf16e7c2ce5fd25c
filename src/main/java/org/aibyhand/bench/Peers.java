package org.aibyhand.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.A1;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.xlsx.FormulaResults;
import org.aibyhand.xlsx.PoiResult;
import org.aibyhand.xlsx.WorkbookFormatException;
import org.aibyhand.xlsx.XlsxWriter;

/**
 * The other programs on the exported scale workbooks: Apache POI (in a process of its own) and LibreOffice
 * (headless, recalculating on load), each timed or described by how it failed. Once a program fails or runs out of
 * time on a lesson, the larger sizes of that lesson are not tried: they would only take longer to fail.
 */
final class Peers {
    private final BenchOptions options;
    private final Optional<Path> soffice;
    private final Path folder;
    /** Per lesson, what each program did on the last size it was tried on. */
    private final Map<String, Last> poiLast = new HashMap<>();
    private final Map<String, Last> libreOfficeLast = new HashMap<>();
    private String baseline;

    /** A program on one size: how long it took, or (gaveUp not null) that it failed or ran out of time. */
    private record Last(int steps, int formulas, long nanos, String gaveUp) {
    }

    /** POI on one size: its result (null when not run) and the words for the table. */
    record PoiRun(PoiResult result, String text) {
    }

    Peers(BenchOptions options, Path folder) {
        this.options = options;
        this.folder = folder;
        this.soffice = options.libreOffice() ? LibreOffice.find() : Optional.empty();
    }

    /**
     * What LibreOffice costs however small the file (its start, a one-formula workbook, the save), in words; null
     * when it is not run.
     */
    String libreOfficeBaseline() throws IOException {
        if (baseline == null && soffice.isPresent()) {
            Workbook tiny = new Workbook();
            tiny.addSheet("Sheet1").cellForWrite(0, 0).setValue(new NumberValue(1));
            tiny.sheet(0).cellForWrite(0, 1).setFormula(Formula.parse("A1+1", 0, 1, FormulaKind.PLAIN));
            new Calculator(tiny).recalculateAll();
            Path file = folder.resolve("one-formula.xlsx");
            XlsxWriter.write(tiny, null, file);
            LibreOffice.Conversion run = convert(file);
            baseline = run.failure() == null ? Figures.seconds(run.nanos()) + " s" : run.failure();
        }
        return baseline;
    }

    /** LibreOffice on {@code file}: its time and whether its results are the engine's ({@code ours}, computed). */
    String libreOffice(String model, int steps, int formulas, Path file, Workbook ours) throws IOException {
        if (!options.libreOffice()) {
            return "not run (--no-libreoffice)";
        }
        if (soffice.isEmpty()) {
            return "LibreOffice not installed";
        }
        String skip = skip(libreOfficeLast.get(model), formulas, options.libreOfficeTimeout());
        if (skip != null) {
            return "not run (" + skip + ")";
        }
        LibreOffice.Conversion run = convert(file);
        if (run.failure() != null) {
            libreOfficeLast.put(model, gaveUp(run.failure().startsWith("timed out"), steps));
            return run.failure();
        }
        libreOfficeLast.put(model, new Last(steps, formulas, run.nanos(), null));
        try {
            return Figures.seconds(run.nanos()) + " s, " + agreement(run.converted(), ours);
        } finally {
            Files.deleteIfExists(run.converted());
        }
    }

    private LibreOffice.Conversion convert(Path file) throws IOException {
        Path out = Files.createDirectories(folder.resolve("libreoffice"));
        return LibreOffice.convert(soffice.orElseThrow(), file, out, options.libreOfficeTimeout());
    }

    /** Whether every formula result in {@code converted} is the engine's (relative 1e-9), or how many differ. */
    private static String agreement(Path converted, Workbook ours) throws IOException {
        AtomicInteger formulas = new AtomicInteger();
        AtomicInteger differ = new AtomicInteger();
        AtomicReference<String> first = new AtomicReference<>();
        try {
            FormulaResults.forEach(converted, (sheetName, row, column, saved) -> {
                formulas.incrementAndGet();
                Sheet sheet = ours.sheet(sheetName);
                Value mine = sheet == null ? null : sheet.value(row, column);
                if (saved == null || mine == null || !agrees(saved, mine)) {
                    if (differ.getAndIncrement() == 0) {
                        first.set(sheetName + "!" + A1.columnName(column) + (row + 1) + ": ours "
                                + FormulaResults.show(mine) + ", LibreOffice " + FormulaResults.show(saved));
                    }
                }
            });
        } catch (WorkbookFormatException unreadable) {
            return "its output cannot be read: " + unreadable.getMessage();
        }
        return differ.get() == 0 ? "all " + Figures.count(formulas.get()) + " results as ours"
                : Figures.count(differ.get()) + " of " + Figures.count(formulas.get()) + " results differ (first " + first.get() + ")";
    }

    /**
     * Relative 1e-9 as for Excel's results, and near zero an absolute 1e-12: LibreOffice rounds a sum that cancels
     * (to about 1e-16 here) down to exactly 0.
     */
    private static boolean agrees(Value saved, Value ours) {
        return FormulaResults.matches(saved, ours) || saved instanceof NumberValue s && ours instanceof NumberValue o
                && Math.abs(s.value() - o.value()) <= 1e-12;
    }

    /** POI on {@code file}, in a process of its own. */
    PoiRun poi(String model, int steps, int formulas, Path file) {
        String skip = skip(poiLast.get(model), formulas, options.poiTimeout());
        if (skip != null) {
            return new PoiRun(null, "not run (" + skip + ")");
        }
        long start = System.nanoTime();
        PoiResult result = PoiProcess.run(file, Duration.ZERO, 2, options.poiTimeout());
        long nanos = System.nanoTime() - start;
        poiLast.put(model, result.computed() ? new Last(steps, formulas, nanos, null)
                : gaveUp(result.status() == PoiResult.Status.TIMED_OUT, steps));
        return new PoiRun(result, describe(result, formulas));
    }

    /**
     * Why a program is not run on a size: it gave up on a smaller one, or the last size took so long that this one,
     * in proportion to its formula cells, would need more than the time allowed. Null when it should run.
     */
    private static String skip(Last last, int formulas, Duration timeout) {
        if (last == null) {
            return null;
        }
        if (last.gaveUp() != null) {
            return last.gaveUp();
        }
        double projected = (double) last.nanos() * formulas / last.formulas();
        if (projected <= timeout.toNanos()) {
            return null;
        }
        return "T = " + Figures.count(last.steps()) + " took " + Figures.seconds(last.nanos()) + " s; this size would need about "
                + Figures.seconds((long) projected) + " s, more than the " + timeout.toSeconds() + " s allowed";
    }

    private static Last gaveUp(boolean timedOut, int steps) {
        return new Last(steps, 0, 0, (timedOut ? "timed out" : "failed") + " at T = " + Figures.count(steps));
    }

    /** POI's outcome in words for the table. */
    static String describe(PoiResult poi, int formulas) {
        switch (poi.status()) {
            case CORRECT:
            case WRONG:
                long nanos = Samples.of(poi.runNanos()).median();
                return "load " + Figures.seconds(poi.loadNanos()) + " s, recalc " + Figures.seconds(nanos) + " s ("
                        + Figures.micros((double) nanos / formulas) + " µs/cell), "
                        + (poi.status() == PoiResult.Status.CORRECT ? "correct" : "wrong: " + poi.detail());
            case FAILED:
                return "failed: " + poi.detail();
            default:
                return poi.detail();
        }
    }
}
