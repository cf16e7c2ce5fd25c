package org.aibyhand.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Function;
import java.util.List;
import java.util.Map;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Saves an engine workbook as .xlsx with formulas (not just values) and the values the engine computed as
 * their cached results, so Excel and LibreOffice show the numbers before they recalculate, and with the
 * workbook's walkthrough plan when it has one ({@link PlanNames}). A workbook that was
 * loaded is written into a copy of its original package, which keeps every part this program does not
 * interpret (styles, drawings, comments, charts, conditional formats, external links); a new workbook gets a
 * fresh package with each sheet's formatting ({@link org.aibyhand.engine.book.Sheet#format()}). The target file
 * is replaced atomically.
 */
public final class XlsxWriter {
    private XlsxWriter() {
    }

    /**
     * Writes {@code book} to {@code out}.
     *
     * @param source the workbook as loaded, whose package is updated; null for a workbook made in the program
     * @throws IllegalArgumentException when {@code source} was loaded for a different workbook
     * @throws IOException when the file cannot be written (the old file, if any, is then unchanged)
     */
    public static void write(Workbook book, LoadedWorkbook source, Path out) throws IOException {
        if (source != null && source.workbook() != book) {
            throw new IllegalArgumentException("the loaded workbook given as source belongs to another workbook");
        }
        byte[] base = source != null ? source.packageBytes() : emptyPackage(book);
        try (InMemoryZip original = new InMemoryZip(base, PackageOpener.MAX_UNPACKED_BYTES)) {
            Function<Sheet, String> partOf = source != null ? source::partOf : freshParts(book, base);
            Set<String> sheetEntries = new HashSet<>();
            for (Sheet sheet : book.sheets()) {
                String part = partOf.apply(sheet);
                if (part != null) {
                    sheetEntries.add(PackageZips.entryName(part));
                }
            }
            // POI opens the package whole, so it is given the package without its worksheets, which are
            // streamed from the original and written apart, each straight into its compressed form.
            OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(PackageZips.without(original, sheetEntries)));
            try {
                Map<String, DeflatedPart> sheets = new PackageUpdater(pkg).update(book, partOf, original);
                ByteArrayOutputStream saved = new ByteArrayOutputStream();
                pkg.save(saved);
                AtomicFiles.write(out, stream -> PackageZips.assemble(saved.toByteArray(), sheets, stream));
            } finally {
                pkg.revert();
            }
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("The workbook could not be saved: " + e.getMessage(), e);
        }
    }

    /** For a package made fresh for {@code book}: its worksheet parts in tab order are the sheets' parts. */
    private static Function<Sheet, String> freshParts(Workbook book, byte[] skeleton) throws Exception {
        OPCPackage pkg = OPCPackage.open(new InMemoryZip(skeleton, PackageOpener.MAX_UNPACKED_BYTES));
        try {
            Map<Sheet, String> parts = new IdentityHashMap<>();
            List<String> fresh = new PackageUpdater(pkg).worksheetParts();
            for (int i = 0; i < book.sheets().size(); i++) {
                parts.put(book.sheet(i), fresh.get(i));
            }
            return parts::get;
        } finally {
            pkg.revert();
        }
    }

    /**
     * A package with the standard parts (styles, theme-less defaults, properties) and one tab per sheet holding
     * the sheet's formatting; the cells' content is merged in afterwards like any loaded workbook's.
     */
    private static byte[] emptyPackage(Workbook book) throws IOException {
        try (XSSFWorkbook skeleton = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            for (int i = 0; i < book.sheets().size(); i++) {
                // POI checks names for Excel's rules; the real names are set afterwards, verbatim.
                skeleton.createSheet("Sheet" + (i + 1));
            }
            if (book.sheets().isEmpty()) {
                skeleton.createSheet("Sheet1"); // Excel cannot open a workbook without a sheet
            } else {
                formatInto(skeleton, book);
            }
            skeleton.write(bytes);
            return bytes.toByteArray();
        }
    }

    /** Styles, sizes, merges, views, notes and conditional formats of a workbook made in the program. */
    private static void formatInto(XSSFWorkbook skeleton, Workbook book) {
        StyleWriter styles = new StyleWriter(skeleton);
        styles.setDefault(book.sheet(0).format().defaultStyle());
        SheetFormatWriter writer = new SheetFormatWriter(styles, new ConditionalFormatWriter(skeleton.getStylesSource()));
        for (int i = 0; i < book.sheets().size(); i++) {
            writer.write(book.sheet(i), skeleton.getSheetAt(i));
        }
    }
}
