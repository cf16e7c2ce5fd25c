package org.aibyhand.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.DefinedName;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.formula.Expr;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the reader makes of the formula kinds, names and strings found in the shared workbooks and beyond. */
class XlsxReaderTest {
    @TempDir
    Path temp;

    private static Cell cell(Sheet sheet, String a1) {
        Area at = Area.parse(a1);
        return sheet.cell(at.top(), at.left());
    }

    @Test
    void backpropagationHasAllFourFormulaKinds() throws Exception {
        Workbook book = XlsxReader.read(SharedWorkbooks.get("Backpropgation.xlsx")).workbook();
        Sheet sheet = book.sheet("Backprop");

        Cell legacy = cell(sheet, "H20");
        assertEquals(FormulaKind.LEGACY_ARRAY, legacy.formula().kind());
        assertEquals(Area.parse("H20:J21"), legacy.formula().arrayArea());
        assertEquals("MMULT(P20:S21,H24:J27)", legacy.formula().sourceText());
        assertNull(cell(sheet, "I20"), "a member of a legacy array is computed, not content");
        assertNull(cell(sheet, "J21"));

        Cell dynamic = cell(sheet, "M5");
        assertEquals(FormulaKind.DYNAMIC_ARRAY, dynamic.formula().kind());
        assertEquals(Area.parse("M5"), dynamic.spillArea());
        assertEquals("MMULT($J5:$K5,M$11:M$12)", dynamic.formula().sourceText());

        Cell master = cell(sheet, "N15");
        Cell child = cell(sheet, "N16");
        assertEquals("IF(K15>0,K15,0)", master.formula().sourceText());
        assertEquals(FormulaKind.PLAIN, child.formula().kind());
        assertSame(master.formula().expr(), child.formula().expr(), "a shared group reuses the master's tree");
        assertNull(child.formula().sourceText(), "a child's text is printed from the tree when needed");

        assertEquals(BooleanValue.TRUE, cell(sheet, "C2").value());
        assertEquals(EmptyValue.INSTANCE, dynamic.value(), "cached results are not loaded");
        assertEquals("Backprop!$C$3", book.resolveName("FORWARD", null).text());
    }

    @Test
    void spillsAreAnchorsWithAHintAndNoMembers() throws Exception {
        Sheet sheet = XlsxReader.read(SharedWorkbooks.get("Temperature.xlsx")).workbook().sheet("small");
        Cell sort = cell(sheet, "L9");
        assertEquals(FormulaKind.DYNAMIC_ARRAY, sort.formula().kind());
        assertEquals(Area.parse("L9:M13"), sort.spillArea());
        assertEquals("_xlfn._xlws.SORT(_xlfn.HSTACK(B9:B13,_xlfn.ANCHORARRAY(J9)),2,-1)", sort.formula().sourceText());
        assertNull(cell(sheet, "M9"));
        assertNull(cell(sheet, "L13"));
        Cell shared = cell(sheet, "O11");
        assertEquals(FormulaKind.PLAIN, shared.formula().kind());
        assertTrue(shared.formula().isParsed());
    }

    @Test
    void namesOfEveryKindLoad() throws Exception {
        Workbook attention = XlsxReader.read(SharedWorkbooks.get("Self-Attention.xlsx")).workbook();
        Sheet medium = attention.sheet("medium");
        DefinedName local = attention.resolveName("DK", medium);
        assertSame(medium, local.scope());
        assertEquals("medium!$E$7", local.text());
        assertNull(attention.resolveName("DK", null).scope());

        Workbook lstm = XlsxReader.read(SharedWorkbooks.get("LSTM.xlsx")).workbook();
        assertEquals("#REF!", lstm.resolveName("width", null).text());
        assertEquals("'[1]ReLU vs. LeakyReLU'!$H$5", lstm.resolveName("_alpha1", null).text());

        Workbook transformer = XlsxReader.read(SharedWorkbooks.get("Transformer-Full-Stack.xlsx")).workbook();
        assertNotNull(transformer.sheet("Transformer "), "sheet names are kept verbatim, trailing space and all");
        assertEquals("Transformer ", transformer.sheet(0).name());
        DefinedName softmax = transformer.resolveName("SOFTMAX", null);
        assertTrue(softmax.text().startsWith("_xlfn.LAMBDA("));
        assertNotNull(softmax.expr());
    }

    @Test
    void richTextIsReadAsPlainText() throws Exception {
        Sheet sheet = XlsxReader.read(SharedWorkbooks.get("Mamba.xlsx")).workbook().sheet("small");
        assertEquals(new TextValue("1/(ΔA)"), cell(sheet, "AC26").value());
    }

    @Test
    void constantsOfEveryTypeAndUnreadableFormulasLoad() throws Exception {
        Path file = temp.resolve("kinds.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFRow row = book.createSheet("Data").createRow(0);
            row.createCell(0).setCellValue(2.5);
            row.createCell(1).setCellValue("plain");
            XSSFRichTextString rich = new XSSFRichTextString("bold and not");
            XSSFFont bold = book.createFont();
            bold.setBold(true);
            rich.applyFont(0, 4, bold);
            row.createCell(2).setCellValue(rich);
            row.createCell(3).setCellValue(false);
            row.createCell(4).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0);
            XSSFCell inline = row.createCell(5);
            inline.getCTCell().setT(org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.INLINE_STR);
            inline.getCTCell().addNewIs().setT("inline text");
            XSSFCell broken = row.createCell(6);
            broken.getCTCell().addNewF().setStringValue("SUM(1,");
            broken.getCTCell().setV("7");
            book.write(out);
        }
        Sheet sheet = XlsxReader.read(file).workbook().sheet("Data");
        assertEquals(new NumberValue(2.5), cell(sheet, "A1").value());
        assertEquals(new TextValue("plain"), cell(sheet, "B1").value());
        assertEquals(new TextValue("bold and not"), cell(sheet, "C1").value());
        assertEquals(BooleanValue.FALSE, cell(sheet, "D1").value());
        assertEquals(ErrorValue.DIV0, cell(sheet, "E1").value());
        assertEquals(new TextValue("inline text"), cell(sheet, "F1").value());
        Cell unreadable = cell(sheet, "G1");
        assertNull(unreadable.formula().expr());
        assertEquals("SUM(1,", unreadable.formula().sourceText());
        assertNotNull(unreadable.formula().problem());
        assertEquals(EmptyValue.INSTANCE, unreadable.value());
    }

    @Test
    void identicalTreesAreSharedAcrossCells() throws Exception {
        Sheet sheet = XlsxReader.read(SharedWorkbooks.get("Backpropgation.xlsx")).workbook().sheet("Backprop");
        // M5 and M6 hold the same formula shape (R1C1) written as separate dynamic-array formulas
        Expr first = cell(sheet, "M5").formula().expr();
        assertSame(first, cell(sheet, "M6").formula().expr());
    }
}
