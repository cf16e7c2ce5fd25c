package org.aibyhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.value.ErrorType;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.xlsx.XlsxWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Formulas that once crashed or exhausted the heap, each built here and given to {@code recalc}: every one must
 * end, within the time limit, in a workbook whose cells show the value or the error Excel shows.
 */
class HostileFormulaTest {
    @TempDir
    Path temp;

    private Workbook recalc(String rows, String names) throws Exception {
        Path in = temp.resolve("in.xlsx");
        Path out = temp.resolve("out.xlsx");
        HandMadePackages.write(in, HandMadePackages.sheet(rows), names);
        return CommandOutcome.run("recalc", in.toString(), out.toString()).readable(out);
    }

    private static Value value(Workbook book, int row, int column) {
        return book.sheet(0).value(row, column);
    }

    private static void assertError(ErrorType expected, Value actual) {
        assertTrue(actual instanceof ErrorValue error && error.type() == expected, "expected #" + expected + ", got " + actual);
    }

    @Test
    void aFormulaOfFourThousandTermsIsReadHashedAndComputed() throws Exception {
        String formula = "1" + "+1".repeat(4094); // 8,189 characters, as long as Excel allows
        Workbook book = recalc("<row r=\"1\"><c r=\"A1\"><f>" + formula + "</f></c><c r=\"B1\"><f>" + formula + "</f></c></row>", "");
        assertEquals(new NumberValue(4095), value(book, 0, 0));
        assertEquals(new NumberValue(4095), value(book, 0, 1));
    }

    @Test
    void joiningTextStopsAtExcelsLimitOf32767Characters() throws Exception {
        StringBuilder rows = new StringBuilder("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
        for (int r = 2; r <= 22; r++) { // doubling: 2 million characters by row 22
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><f>A").append(r - 1)
                    .append("&amp;A").append(r - 1).append("</f></c></row>");
        }
        Workbook book = recalc(rows.toString(), "");
        assertEquals(16_384, ((TextValue) value(book, 14, 0)).text().length());
        assertError(ErrorType.VALUE, value(book, 15, 0)); // 32,768 characters
        assertError(ErrorType.VALUE, value(book, 21, 0));
    }

    @Test
    void substituteMeasuresItsResultBeforeBuildingIt() throws Exception {
        Workbook book = recalc("<row r=\"1\"><c r=\"A1\"><f>REPT(\"a\",32767)</f></c>"
                + "<c r=\"B1\"><f>SUBSTITUTE(A1,\"a\",REPT(\"b\",30000))</f></c>"
                + "<c r=\"C1\"><f>LEN(SUBSTITUTE(A1,\"a\",\"b\"))</f></c></row>", "");
        assertError(ErrorType.VALUE, value(book, 0, 1));
        assertEquals(new NumberValue(32_767), value(book, 0, 2));
    }

    @Test
    void anArrayFormulaOverTheWholeSheetIsNumNotAnOutOfMemoryError() throws Exception {
        Workbook book = recalc("<row r=\"1\"><c r=\"A1\"><f t=\"array\" ref=\"A1:XFD1048576\">B1:XFE1048576</f></c></row>", "");
        assertError(ErrorType.NUM, value(book, 0, 0));
    }

    @Test
    void aSpillOfMillionsOfCellsIsSpillError() throws Exception {
        Workbook book = new Workbook();
        book.addSheet("Sheet1").cellForWrite(0, 0).setFormula(Formula.parse("SEQUENCE(2000000)", 0, 0, FormulaKind.DYNAMIC_ARRAY));
        Path in = temp.resolve("spill.xlsx");
        XlsxWriter.write(book, null, in);
        Path out = temp.resolve("out.xlsx");
        assertError(ErrorType.SPILL, value(CommandOutcome.run("recalc", in.toString(), out.toString()).readable(out), 0, 0));
    }

    @Test
    void anArrayTooLargeToHoldIsNum() throws Exception {
        Workbook book = recalc("<row r=\"1\"><c r=\"A1\"><f>SUM(_xlfn.MAKEARRAY(100000,100000,_xlfn.LAMBDA(_xlpm.r,_xlpm.c,1)))</f></c></row>", "");
        assertError(ErrorType.NUM, value(book, 0, 0));
    }

    @Test
    void wholeColumnsCostOnlyTheirUsedRowsAndSumAcrossTwentySixColumns() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 2000; r++) {
            rows.append("<row r=\"").append(r).append("\">");
            if (r <= 100) {
                rows.append("<c r=\"A").append(r).append("\"><v>").append(r).append("</v></c>");
            }
            rows.append("<c r=\"Q").append(r).append("\"><f>SUM($A:$P)</f></c>");
            rows.append(r == 1 ? "<c r=\"AA1\"><f>SUM(A:Z)</f></c>" : "").append("</row>");
        }
        long start = System.nanoTime();
        Workbook book = recalc(rows.toString(), "");
        assertTrue(System.nanoTime() - start < 30e9, "2,000 whole-column sums took " + (System.nanoTime() - start) / 1e9 + " s");
        assertEquals(new NumberValue(5050), value(book, 1999, 16));
        assertEquals(new NumberValue(5050 + 2000 * 5050), value(book, 0, 26), "SUM(A:Z), over 2^24 cells, sums");
    }

    @Test
    void cyclesSelfReferencingNamesAndEndlessRecursionEndInErrors() throws Exception {
        Workbook book = recalc("<row r=\"1\"><c r=\"A1\"><f>B1+1</f></c><c r=\"B1\"><f>A1+1</f></c><c r=\"C1\"><v>5</v></c>"
                + "<c r=\"D1\"><f>Loop</f></c><c r=\"E1\"><f>Forever(1)</f></c><c r=\"F1\"><f>C1*2</f></c></row>",
                "<definedName name=\"Loop\">Loop+1</definedName>"
                        + "<definedName name=\"Forever\">_xlfn.LAMBDA(_xlpm.x,Forever(_xlpm.x+1))</definedName>");
        assertTrue(value(book, 0, 0) instanceof ErrorValue);
        assertTrue(value(book, 0, 3) instanceof ErrorValue, "Loop: " + value(book, 0, 3));
        assertTrue(value(book, 0, 4) instanceof ErrorValue, "Forever: " + value(book, 0, 4));
        assertEquals(new NumberValue(10), value(book, 0, 5));
    }

    @Test
    void nestingDeeperThanTheParserTakesIsKeptAsText() throws Exception {
        String deep = "(".repeat(300) + "1" + ")".repeat(300);
        Workbook book = recalc("<row r=\"1\"><c r=\"A1\"><f>" + deep + "</f></c><c r=\"B1\"><f>"
                + "SUM(".repeat(300) + "1" + ")".repeat(300) + "</f></c></row>", "");
        assertError(ErrorType.NAME, value(book, 0, 0));
        assertEquals(deep, book.sheet(0).cell(0, 0).formula().sourceText());
        assertError(ErrorType.NAME, value(book, 0, 1));
    }
}
