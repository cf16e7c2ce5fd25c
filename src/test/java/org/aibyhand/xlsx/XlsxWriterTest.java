package org.aibyhand.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.formula.FormulaParser;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Value;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellFormulaType;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/** Saving: formula text, cached results, dynamic arrays, new workbooks and the atomic replace. */
class XlsxWriterTest {
    private static final String SHEET1 = "xl/worksheets/sheet1.xml";

    @TempDir
    Path temp;

    static Formula formula(String text, int row, int column, FormulaKind kind, Area arrayArea) throws Exception {
        return new Formula(FormulaParser.parse(text, row, column), text, kind, arrayArea, null);
    }

    static Cell at(Sheet sheet, String a1) {
        Area area = Area.parse(a1);
        return sheet.cellForWrite(area.top(), area.left());
    }

    private static Cell find(Sheet sheet, String a1) {
        Area area = Area.parse(a1);
        return sheet.cell(area.top(), area.left());
    }

    @Test
    void unknownFunctionTextSurvivesLoadSaveLoadExactly() throws Exception {
        String unknown = "_xlfn.NOTYETINVENTED(A2,\"x y\")+MYADDIN(1,2)*2";
        String unreadable = "SUM(1,,(";
        Workbook book = new Workbook();
        Sheet sheet = book.addSheet("Sheet1");
        at(sheet, "A1").setFormula(formula(unknown, 0, 0, FormulaKind.PLAIN, null));
        at(sheet, "B1").setFormula(new Formula(null, unreadable, FormulaKind.PLAIN, null, "cannot be read"));
        Path first = temp.resolve("first.xlsx");
        XlsxWriter.write(book, null, first);

        LoadedWorkbook loaded = XlsxReader.read(first);
        Path second = temp.resolve("second.xlsx");
        XlsxWriter.write(loaded.workbook(), loaded, second);
        Sheet again = XlsxReader.read(second).workbook().sheet("Sheet1");
        assertEquals(unknown, find(again, "A1").formula().sourceText());
        assertEquals(unknown, RawXml.cell(second, SHEET1, "A1").getF().getStringValue());
        assertEquals(unreadable, find(again, "B1").formula().sourceText());
        assertNull(find(again, "B1").formula().expr());
        assertNotNull(find(again, "B1").formula().problem());
    }

    @Test
    void newWorkbookWithADynamicArrayIsReadableAndMarkedDynamic() throws Exception {
        Workbook book = new Workbook();
        Sheet sheet = book.addSheet("Data");
        for (int i = 0; i < 3; i++) {
            sheet.cellForWrite(i, 0).setValue(new NumberValue(i + 1));
        }
        Cell anchor = at(sheet, "B1");
        anchor.setFormula(formula("A1:A3*2", 0, 1, FormulaKind.DYNAMIC_ARRAY, null));
        anchor.setSpillArea(Area.parse("B1:B3"));
        anchor.setValue(new NumberValue(2));
        for (int i = 1; i < 3; i++) {
            Cell member = sheet.cellForWrite(i, 1);
            member.setSpillAnchor(anchor);
            member.setValue(new NumberValue(2 * (i + 1)));
        }
        Path file = temp.resolve("dynamic.xlsx");
        XlsxWriter.write(book, null, file);

        try (XSSFWorkbook poi = new XSSFWorkbook(file.toFile())) {
            assertEquals(2.0, poi.getSheet("Data").getRow(0).getCell(1).getNumericCellValue());
            assertEquals(6.0, poi.getSheet("Data").getRow(2).getCell(1).getNumericCellValue());
        }
        String metadata = RawXml.part(file, "xl/metadata.xml");
        assertNotNull(metadata, "a package with a dynamic array needs xl/metadata.xml");
        assertTrue(metadata.contains("XLDAPR") && metadata.contains("fDynamic=\"1\""), metadata);
        assertTrue(RawXml.part(file, "[Content_Types].xml").contains("sheetMetadata+xml"));
        assertTrue(RawXml.part(file, "xl/_rels/workbook.xml.rels").contains("relationships/sheetMetadata"));
        CTCell xml = RawXml.cell(file, SHEET1, "B1");
        assertEquals(1, xml.getCm());
        assertEquals(STCellFormulaType.ARRAY, xml.getF().getT());
        assertEquals("B1:B3", xml.getF().getRef());
        CTCell member = RawXml.cell(file, SHEET1, "B2");
        assertFalse(member.isSetF(), "a spilled value is not a formula");
        assertEquals("4", member.getV());

        Sheet read = XlsxReader.read(file).workbook().sheet("Data");
        assertEquals(FormulaKind.DYNAMIC_ARRAY, find(read, "B1").formula().kind());
        assertEquals(Area.parse("B1:B3"), find(read, "B1").spillArea());
        assertNull(find(read, "B2"));
    }

    @Test
    void cachedResultsGetTheirExcelTypes() throws Exception {
        Workbook book = new Workbook();
        Sheet sheet = book.addSheet("Results");
        List<Value> results = List.of(new NumberValue(0.1), TextValue.EMPTY, new TextValue("hi"), BooleanValue.TRUE,
                ErrorValue.DIV0, ErrorValue.CYCLE, new ArrayValue(1, 2, new Value[] {new TextValue("first"), NumberValue.ONE}));
        for (int i = 0; i < results.size(); i++) {
            Cell cell = sheet.cellForWrite(0, i);
            cell.setFormula(formula("1+1", 0, i, FormulaKind.PLAIN, null));
            cell.setValue(results.get(i));
        }
        at(sheet, "H1").setFormula(formula("2+2", 0, 7, FormulaKind.PLAIN, null)); // never computed
        at(sheet, "I1").setValue(new TextValue("  padded "));
        Path file = temp.resolve("types.xlsx");
        XlsxWriter.write(book, null, file);

        assertCached(file, "A1", null, "0.1");
        assertCached(file, "B1", STCellType.STR, "");
        assertCached(file, "C1", STCellType.STR, "hi");
        assertCached(file, "D1", STCellType.B, "1");
        assertCached(file, "E1", STCellType.E, "#DIV/0!");
        assertCached(file, "F1", STCellType.E, "#NUM!");
        assertCached(file, "G1", STCellType.STR, "first");
        assertFalse(RawXml.cell(file, SHEET1, "H1").isSetV(), "no made-up result for a formula never computed");
        CTCell text = RawXml.cell(file, SHEET1, "I1");
        assertEquals(STCellType.INLINE_STR, text.getT());
        assertTrue(text.getIs().xmlText().contains("xml:space=\"preserve\""));
        assertEquals(new TextValue("  padded "), find(XlsxReader.read(file).workbook().sheet("Results"), "I1").value());
    }

    private static void assertCached(Path file, String a1, STCellType.Enum type, String v) throws Exception {
        CTCell cell = RawXml.cell(file, SHEET1, a1);
        assertTrue(cell.isSetF(), a1 + " keeps its formula");
        assertEquals(type, cell.isSetT() ? cell.getT() : null, a1 + " type");
        assertEquals(v, cell.getV(), a1 + " value");
    }

    @Test
    void editsToALoadedWorkbookAreWrittenAndTheRestKept() throws Exception {
        Path original = SharedWorkbooks.get("Softmax.xlsx");
        LoadedWorkbook loaded = XlsxReader.read(original);
        Sheet sheet = loaded.workbook().sheet("Softmax");
        String d6 = find(sheet, "D6").formula().sourceText();
        find(sheet, "D6").setValue(new NumberValue(0.5));
        at(sheet, "B5").setValue(new NumberValue(42));
        Cell removed = find(sheet, "D5");
        removed.setFormula(null);
        removed.setValue(org.aibyhand.engine.value.EmptyValue.INSTANCE);
        at(sheet, "T30").setValue(new TextValue("added"));
        Path saved = temp.resolve("edited.xlsx");
        XlsxWriter.write(loaded.workbook(), loaded, saved);

        CTCell title = RawXml.cell(saved, SHEET1, "A1");
        assertEquals(STCellType.S, title.getT(), "an unchanged constant keeps its shared string");
        assertEquals(RawXml.cell(original, SHEET1, "A1").getV(), title.getV());
        assertEquals("42", RawXml.cell(saved, SHEET1, "B5").getV());
        assertEquals(d6, RawXml.cell(saved, SHEET1, "D6").getF().getStringValue());
        assertEquals("0.5", RawXml.cell(saved, SHEET1, "D6").getV());
        CTCell gone = RawXml.cell(saved, SHEET1, "D5");
        assertFalse(gone.isSetF() || gone.isSetV(), "a removed cell loses its content");
        assertEquals(RawXml.cell(original, SHEET1, "D5").getS(), gone.getS(), "but keeps its format");
        assertArrayEquals(RawXml.bytes(original, "xl/styles.xml"), RawXml.bytes(saved, "xl/styles.xml"));

        Sheet again = XlsxReader.read(saved).workbook().sheet("Softmax");
        assertEquals(new TextValue("added"), find(again, "T30").value());
        assertNull(find(again, "D5"));
        assertEquals(new NumberValue(42), find(again, "B5").value());
    }

    @Test
    void aCellWithoutFormatIsRemovedEntirely() throws Exception {
        Workbook book = new Workbook();
        Sheet sheet = book.addSheet("S");
        at(sheet, "A1").setValue(NumberValue.ONE);
        at(sheet, "B1").setValue(new NumberValue(2));
        Path first = temp.resolve("two.xlsx");
        XlsxWriter.write(book, null, first);
        LoadedWorkbook loaded = XlsxReader.read(first);
        Cell b1 = find(loaded.workbook().sheet("S"), "B1");
        b1.setValue(org.aibyhand.engine.value.EmptyValue.INSTANCE);
        loaded.workbook().sheet("S").discardIfUnused(b1);
        Path second = temp.resolve("one.xlsx");
        XlsxWriter.write(loaded.workbook(), loaded, second);
        assertNull(RawXml.cell(second, SHEET1, "B1"));
        assertNotNull(RawXml.cell(second, SHEET1, "A1"));
    }

    @Test
    void newSheetsAndDynamicArraysCanBeAddedToALoadedWorkbook() throws Exception {
        LoadedWorkbook loaded = XlsxReader.read(SharedWorkbooks.get("Softmax.xlsx"));
        Workbook book = loaded.workbook();
        Sheet extra = book.addSheet("Extra sheet");
        at(extra, "A1").setValue(new NumberValue(7));
        Cell spill = at(book.sheet("Softmax"), "T1");
        spill.setFormula(formula("B5:B7*2", 0, 19, FormulaKind.DYNAMIC_ARRAY, null));
        spill.setSpillArea(Area.parse("T1:T3"));
        Path saved = temp.resolve("grown.xlsx");
        XlsxWriter.write(book, loaded, saved);

        try (XSSFWorkbook poi = new XSSFWorkbook(saved.toFile())) {
            assertEquals(7.0, poi.getSheet("Extra sheet").getRow(0).getCell(0).getNumericCellValue());
        }
        assertNotNull(RawXml.part(saved, "xl/metadata.xml"));
        Workbook again = XlsxReader.read(saved).workbook();
        assertEquals(List.of("Softmax", "LICENSE", "Extra sheet"), again.sheets().stream().map(Sheet::name).toList());
        assertEquals(new NumberValue(7), find(again.sheet("Extra sheet"), "A1").value());
        assertEquals(FormulaKind.DYNAMIC_ARRAY, find(again.sheet("Softmax"), "T1").formula().kind());
    }

    @Test
    void metadataWithoutTheDynamicArrayTypeIsExtended() throws Exception {
        String otherMetadata = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><x:metadata "
                + "xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:metadataTypes count=\"1\">"
                + "<x:metadataType name=\"XLRICHVALUE\" minSupportedVersion=\"120000\"/></x:metadataTypes>"
                + "<x:futureMetadata name=\"XLRICHVALUE\" count=\"1\"><x:bk/></x:futureMetadata>"
                + "<x:cellMetadata count=\"1\"><x:bk><x:rc t=\"1\" v=\"0\"/></x:bk></x:cellMetadata></x:metadata>";
        Path base = temp.resolve("rich.xlsx");
        Zips.replaceEntry(SharedWorkbooks.get("LSTM.xlsx"), base, "xl/metadata.xml", otherMetadata);
        LoadedWorkbook loaded = XlsxReader.read(base);
        Sheet small = loaded.workbook().sheet("small");
        assertEquals(FormulaKind.LEGACY_ARRAY, find(small, "I13").formula().kind(), "cm=1 is not a dynamic array here");
        Cell added = at(small, "AA50");
        added.setFormula(formula("SEQUENCE(2)", 49, 26, FormulaKind.DYNAMIC_ARRAY, null));
        Path saved = temp.resolve("extended.xlsx");
        XlsxWriter.write(loaded.workbook(), loaded, saved);

        assertEquals(2, RawXml.cell(saved, SHEET1, "AA50").getCm());
        String metadata = RawXml.part(saved, "xl/metadata.xml");
        assertTrue(metadata.contains("XLRICHVALUE") && metadata.contains("XLDAPR"), metadata);
        assertEquals(FormulaKind.DYNAMIC_ARRAY, find(XlsxReader.read(saved).workbook().sheet("small"), "AA50").formula().kind());
    }

    @Test
    void existingDynamicArrayMetadataIsReusedUnchanged() throws Exception {
        Path original = SharedWorkbooks.get("LSTM.xlsx");
        LoadedWorkbook loaded = XlsxReader.read(original);
        Cell added = at(loaded.workbook().sheet("small"), "AA50");
        added.setFormula(formula("SEQUENCE(2)", 49, 26, FormulaKind.DYNAMIC_ARRAY, null));
        Path saved = temp.resolve("reused.xlsx");
        XlsxWriter.write(loaded.workbook(), loaded, saved);
        assertEquals(1, RawXml.cell(saved, SHEET1, "AA50").getCm());
        assertArrayEquals(RawXml.bytes(original, "xl/metadata.xml"), RawXml.bytes(saved, "xl/metadata.xml"));
    }

    @Test
    void savingReplacesTheTargetAtomicallyAndLeavesNoTemporaryFiles() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("folder"));
        Path target = folder.resolve("book.xlsx");
        Files.writeString(target, "old content");
        Workbook book = new Workbook();
        at(book.addSheet("S"), "A1").setValue(NumberValue.ONE);
        XlsxWriter.write(book, null, target);
        assertEquals(new NumberValue(1), find(XlsxReader.read(target).workbook().sheet("S"), "A1").value());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(target), files.toList());
        }

        Path blocked = Files.createDirectories(folder.resolve("blocked.xlsx"));
        Files.writeString(blocked.resolve("keep.txt"), "a folder cannot be replaced by a file");
        assertThrows(IOException.class, () -> XlsxWriter.write(book, null, blocked));
        assertTrue(Files.exists(blocked.resolve("keep.txt")));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(2, files.count(), "the temporary file was cleaned up");
        }
        assertThrows(IOException.class, () -> XlsxWriter.write(book, null, temp.resolve("missing/book.xlsx")));
    }

    @Test
    void aDataTableIsKeptWhileItsValuesAreUnchanged() throws Exception {
        Path file = temp.resolve("table.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); var out = Files.newOutputStream(file)) {
            var row = book.createSheet("What if").createRow(1);
            row.createCell(0).setCellValue(3);
            CTCell table = row.createCell(1).getCTCell();
            table.addNewF().setT(STCellFormulaType.DATA_TABLE);
            table.getF().setRef("B2:B3");
            table.getF().setR1("A1");
            table.setV("9");
            book.write(out);
        }
        LoadedWorkbook loaded = XlsxReader.read(file);
        assertEquals(new NumberValue(9), find(loaded.workbook().sheet("What if"), "B2").value());
        Path saved = temp.resolve("table-saved.xlsx");
        XlsxWriter.write(loaded.workbook(), loaded, saved);
        CTCell kept = RawXml.cell(saved, SHEET1, "B2");
        assertEquals(STCellFormulaType.DATA_TABLE, kept.getF().getT());
        assertEquals("9", kept.getV());
    }

    @Test
    void aSourceFromAnotherWorkbookIsRefused() throws Exception {
        LoadedWorkbook loaded = XlsxReader.read(SharedWorkbooks.get("Softmax.xlsx"));
        assertThrows(IllegalArgumentException.class, () -> XlsxWriter.write(new Workbook(), loaded, temp.resolve("x.xlsx")));
    }
}
