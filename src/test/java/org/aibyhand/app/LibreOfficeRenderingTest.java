package org.aibyhand.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.aibyhand.Prerequisites;
import org.aibyhand.app.sheet.CellSource;
import org.aibyhand.app.sheet.DrawingLayer;
import org.aibyhand.app.sheet.SheetRenderer;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.xlsx.LibreOffice;
import org.aibyhand.xlsx.SharedWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * What we draw against what LibreOffice draws: every given workbook printed by LibreOffice to PDF, its pages
 * read by OCR at two resolutions (only the words both passes agree on count, as OCR is noisy), and every sheet
 * rendered by our painter as a printout (no gridlines, as LibreOffice prints) at two zooms and read by the same
 * OCR. At least
 * 90% of LibreOffice's words must be found in ours, for every workbook but those in {@link #FLOORS}, which must
 * keep what they reach. A word of four or more characters also
 * counts as found inside one of our tokens: where two numbers stand in neighbouring cells, whether OCR reads them
 * as one token or two depends on the gap the fonts leave, and the fonts differ (LibreOffice and we substitute
 * different ones for Aptos and Calibri). {@code -Dlibreoffice.rendering.only=Mamba,RNN} checks a few.
 */
class LibreOfficeRenderingTest {
    private static final double REQUIRED = 0.90;
    /**
     * Workbooks that do not reach {@link #REQUIRED} yet, with the share each must keep (a little under what it
     * reaches, for OCR's noise). Transformer-Full-Stack's missing words are OCR noise LibreOffice's two passes
     * happened to share in its heat maps ("hehe", "ieee") and LibreOffice's own Err:509; Mamba's are numbers on
     * its dark fills that OCR reads in LibreOffice's wider substitute font but not in ours, and its {D1}{T2}
     * labels.
     */
    private static final java.util.Map<String, Double> FLOORS = java.util.Map.of("Mamba", 0.83,
            "Transformer-Full-Stack", 0.85);
    /**
     * Our pictures are read at two zooms, as LibreOffice's at two resolutions: large enough for OCR, small enough to
     * be quick. A word counts as ours when either reading finds it (OCR misses digits pressed against borders).
     */
    private static final double[] ZOOMS = {1.25, 1.5};

    @TempDir
    Path temp;

    @Test
    void everyGivenWorkbookShowsTheWordsLibreOfficeShows() throws Exception {
        Path soffice = LibreOffice.required();
        for (String tool : new String[] {"tesseract", "pdftoppm"}) {
            Prerequisites.require(new File("/usr/bin/" + tool).canExecute(),
                    "RENDERING COMPARISON NEEDS " + tool + ": apt-get install tesseract-ocr poppler-utils");
        }
        List<Path> workbooks = SharedWorkbooks.all();
        String only = System.getProperty("libreoffice.rendering.only");
        if (only != null) {
            List<String> names = List.of(only.split(","));
            workbooks = workbooks.stream().filter(f -> names.contains(f.getFileName().toString().replaceFirst("\\.xlsx$", ""))).toList();
        }
        Path pdfs = Files.createDirectories(temp.resolve("pdf"));
        List<String> convert = new ArrayList<>(List.of(soffice.toString(), "-env:UserInstallation=" + temp.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", pdfs.toString()));
        workbooks.forEach(file -> convert.add(file.toString()));
        OcrWords.run(convert);
        FxToolkit.registerPrimaryStage();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> report = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        try {
            List<Future<String>> results = new ArrayList<>();
            for (Path workbook : workbooks) {
                results.add(pool.submit(() -> compare(workbook, pdfs, failures)));
            }
            for (Future<String> result : results) {
                report.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        report.forEach(System.out::println);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** One workbook: LibreOffice's agreed words, ours, and the share found. */
    private String compare(Path workbook, Path pdfs, List<String> failures) throws Exception {
        String name = workbook.getFileName().toString().replaceFirst("\\.xlsx$", "");
        Path folder = Files.createDirectories(temp.resolve(name));
        Path pdf = pdfs.resolve(name + ".pdf");
        Set<String> low = pages(pdf, folder, 100);
        Set<String> high = pages(pdf, folder, 140);
        Set<String> agreed = new TreeSet<>(low);
        agreed.retainAll(high);
        Set<String> ours = new HashSet<>();
        Document document = Document.open(workbook);
        for (Sheet sheet : document.workbook().sheets()) {
            for (double zoom : ZOOMS) { // like LibreOffice's two passes: a word OCR misses at one size it reads at the other
                Path png = folder.resolve("ours-" + sheet.index() + "-" + Math.round(100 * zoom) + ".png");
                CellSource source = new DocumentCells(document, sheet);
                DrawingLayer drawings = Drawings.layer(sheet);
                var picture = HeadlessFx.call(() -> SheetRenderer.render(source, drawings, SheetRenderer.usedRange(sheet, drawings), zoom, true));
                ImageIO.write(picture.image(), "png", png.toFile());
                ours.addAll(OcrWords.of(png));
            }
        }
        Set<String> missing = new TreeSet<>(agreed);
        missing.removeAll(ours);
        missing.removeIf(word -> word.length() >= 4 && ours.stream().anyMatch(token -> token.contains(word)));
        double found = agreed.isEmpty() ? 1 : 1 - (double) missing.size() / agreed.size();
        String line = String.format(Locale.ROOT, "%-32s LibreOffice words (two passes agree): %4d, found in ours: %4d (%.1f%%)",
                name, agreed.size(), agreed.size() - missing.size(), 100 * found);
        if (found < FLOORS.getOrDefault(name, REQUIRED)) {
            synchronized (failures) {
                failures.add(line + "; missing: " + missing);
            }
        }
        return line;
    }

    /** The words of every page of a PDF rasterised at a resolution. */
    private static Set<String> pages(Path pdf, Path folder, int dpi) throws Exception {
        String prefix = folder.resolve("lo-" + dpi).toString();
        OcrWords.run(List.of("pdftoppm", "-r", String.valueOf(dpi), "-gray", "-png", pdf.toString(), prefix));
        Set<String> words = new HashSet<>();
        try (var files = Files.list(folder)) {
            for (Path page : files.filter(p -> p.getFileName().toString().startsWith("lo-" + dpi)).sorted().toList()) {
                words.addAll(OcrWords.of(page));
            }
        }
        return words;
    }
}
