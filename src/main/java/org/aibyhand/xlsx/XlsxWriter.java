package org.aibyhand.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.IdentityHashMap;
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
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(base));
        } catch (Exception e) {
            throw new IOException("The workbook's original package could not be reopened: " + e.getMessage(), e);
        }
        try {
            PackageUpdater updater = new PackageUpdater(pkg);
            if (source != null) {
                updater.update(book, source::partOf);
            } else {
                Map<Sheet, String> parts = new IdentityHashMap<>();
                List<String> fresh = updater.worksheetParts();
                for (int i = 0; i < book.sheets().size(); i++) {
                    parts.put(book.sheet(i), fresh.get(i));
                }
                updater.update(book, parts::get);
            }
            AtomicFiles.write(out, pkg::save);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("The workbook could not be saved: " + e.getMessage(), e);
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
