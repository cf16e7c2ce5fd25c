package org.aibyhand.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the LibreOffice recipe the round-trip tests rely on: a workbook stripped of Excel's cached values and
 * converted by LibreOffice comes back with Excel's values, so LibreOffice really recomputed them. Then uses it
 * on what this program writes. Skipped, loudly, where LibreOffice is not installed.
 */
class LibreOfficeHarnessTest {


    @Test
    void libreOfficeRecomputesStrippedSoftmaxToExcelsValues(@TempDir Path temp) throws Exception {
        Path original = SharedWorkbooks.get("Softmax.xlsx");
        Path soffice = LibreOffice.required();

        Map<String, Value> excel = ExcelCachedValues.read(original);
        Path stripped = temp.resolve("in/Softmax.xlsx");
        Files.createDirectories(stripped.getParent());
        CachedValues.strip(original, stripped);
        Map<String, Value> blank = ExcelCachedValues.read(stripped);
        assertEquals(excel.keySet(), blank.keySet());
        assertTrue(blank.values().stream().allMatch(v -> v instanceof EmptyValue), "strip left cached values behind");

        Path converted = LibreOffice.convert(soffice, stripped, Files.createDirectories(temp.resolve("out")),
                Duration.ofMinutes(3));
        assertSameValues(excel, ExcelCachedValues.read(converted));
    }

    /**
     * What this program saves is a workbook LibreOffice reads and recomputes to Excel's values: shared formulas
     * written out per cell, legacy and dynamic arrays, no stale cached values or calculation chain.
     */
    @Test
    void libreOfficeRecomputesOurSavedBackpropagationToExcelsValues(@TempDir Path temp) throws Exception {
        Path original = SharedWorkbooks.get("Backpropgation.xlsx");
        Path soffice = LibreOffice.required();
        LoadedWorkbook loaded = XlsxReader.read(original);
        Path saved = Files.createDirectories(temp.resolve("in")).resolve("Backpropgation.xlsx");
        XlsxWriter.write(loaded.workbook(), loaded, saved);
        Path converted = LibreOffice.convert(soffice, saved, Files.createDirectories(temp.resolve("out")), Duration.ofMinutes(3));
        assertSameValues(ExcelCachedValues.read(original), ExcelCachedValues.read(converted));
    }

    @Test
    void libreOfficeComputesADynamicArrayInANewWorkbook(@TempDir Path temp) throws Exception {
        Path soffice = LibreOffice.required();
        Workbook book = new Workbook();
        Sheet sheet = book.addSheet("Data");
        for (int i = 0; i < 3; i++) {
            sheet.cellForWrite(i, 0).setValue(new NumberValue(i + 1));
        }
        Cell anchor = sheet.cellForWrite(0, 1);
        anchor.setFormula(XlsxWriterTest.formula("A1:A3*2", 0, 1, FormulaKind.DYNAMIC_ARRAY, null));
        anchor.setSpillArea(Area.parse("B1:B3"));
        Path saved = Files.createDirectories(temp.resolve("in")).resolve("new.xlsx");
        XlsxWriter.write(book, null, saved);
        Path converted = LibreOffice.convert(soffice, saved, Files.createDirectories(temp.resolve("out")), Duration.ofMinutes(3));
        Map<String, Value> libre = ExcelCachedValues.read(converted);
        assertEquals(new NumberValue(2), libre.get("Data!B1"));
        assertEquals(new NumberValue(4), libre.get("Data!B2"));
        assertEquals(new NumberValue(6), libre.get("Data!B3"));
    }

    private static void assertSameValues(Map<String, Value> excel, Map<String, Value> libre) {
        assertFalse(excel.isEmpty());
        List<String> differences = new ArrayList<>();
        for (var expected : excel.entrySet()) {
            Value actual = libre.get(expected.getKey());
            if (!ExcelCachedValues.matches(expected.getValue(), actual)) {
                differences.add(expected.getKey() + ": Excel " + expected.getValue() + ", LibreOffice " + actual);
            }
        }
        if (!differences.isEmpty()) {
            fail(differences.size() + " of " + excel.size() + " cells differ, e.g. " + differences.subList(0, Math.min(10, differences.size())));
        }
    }
}
