package org.aibyhand.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.formula.FormulaPrinter;
import org.aibyhand.engine.value.NumberValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellFormulaType;

/**
 * Equal relative formulas are written as shared formulas along rows and, for cells alone in their row, down
 * columns (a recurrence over time steps), and read back as the same formulas in every cell.
 */
class SharedFormulaWritingTest {
    private static final String SHEET1 = "xl/worksheets/sheet1.xml";

    @TempDir
    Path temp;

    @Test
    void aColumnOfEqualFormulasIsOneSharedGroupAndARowIsAnother() throws Exception {
        Workbook book = new Workbook();
        Sheet sheet = book.addSheet("Steps");
        sheet.cellForWrite(0, 0).setValue(new NumberValue(1));
        sheet.cellForWrite(0, 1).setValue(new NumberValue(0.5));
        for (int row = 1; row < 6; row++) { // A2:A6 = A1*0.5+1, a recurrence down the column
            XlsxWriterTest.at(sheet, "A" + (row + 1))
                    .setFormula(XlsxWriterTest.formula("A" + row + "*$B$1+1", row, 0, FormulaKind.PLAIN, null));
        }
        for (int column = 2; column < 5; column++) { // C1:E1 = B1*2..., a run along the row
            String left = String.valueOf((char) ('A' + column - 1));
            XlsxWriterTest.at(sheet, (char) ('A' + column) + "1")
                    .setFormula(XlsxWriterTest.formula(left + "1*2", 0, column, FormulaKind.PLAIN, null));
        }
        XlsxWriterTest.at(sheet, "B3").setFormula(XlsxWriterTest.formula("A3-A2", 2, 1, FormulaKind.PLAIN, null));
        Path file = temp.resolve("shared.xlsx");
        XlsxWriter.write(book, null, file);

        CTCell top = RawXml.cell(file, SHEET1, "A2");
        assertEquals(STCellFormulaType.SHARED, top.getF().getT());
        assertEquals("A2:A6", top.getF().getRef());
        for (int row = 3; row <= 6; row++) {
            CTCell child = RawXml.cell(file, SHEET1, "A" + row);
            assertEquals(STCellFormulaType.SHARED, child.getF().getT(), "A" + row);
            assertEquals(top.getF().getSi(), child.getF().getSi(), "A" + row);
            assertEquals("", child.getF().getStringValue(), "a child holds no text");
        }
        CTCell rowMaster = RawXml.cell(file, SHEET1, "C1");
        assertEquals("C1:E1", rowMaster.getF().getRef());
        assertFalse(rowMaster.getF().getSi() == top.getF().getSi(), "two groups, two indexes");
        CTCell alone = RawXml.cell(file, SHEET1, "B3");
        assertTrue(alone.getF().getT() == null || alone.getF().getT() == STCellFormulaType.NORMAL, "B3 is alone");

        Sheet read = XlsxReader.read(file).workbook().sheet("Steps");
        for (int row = 1; row < 6; row++) {
            assertEquals("A" + row + "*$B$1+1", FormulaPrinter.print(read.cell(row, 0).formula().expr(), row, 0,
                    FormulaPrinter.Style.STORAGE), "A" + (row + 1) + " read back");
        }
        assertEquals("D1*2", FormulaPrinter.print(read.cell(0, 4).formula().expr(), 0, 4, FormulaPrinter.Style.STORAGE));
        assertNull(read.cell(6, 0), "nothing below the run");
    }
}
