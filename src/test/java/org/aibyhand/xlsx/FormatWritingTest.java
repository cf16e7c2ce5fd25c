package org.aibyhand.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.book.format.Border;
import org.aibyhand.engine.book.format.Borders;
import org.aibyhand.engine.book.format.CellStyle;
import org.aibyhand.engine.book.format.ConditionalFormat;
import org.aibyhand.engine.book.format.ConditionalRule;
import org.aibyhand.engine.book.format.ConditionalRule.ScalePoint;
import org.aibyhand.engine.book.format.Font;
import org.aibyhand.engine.book.format.Rgb;
import org.aibyhand.engine.book.format.SheetFormat;
import org.aibyhand.engine.book.format.StyleChange;
import org.aibyhand.engine.formula.FormulaParser;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workbook made in code, written and read back, keeps every piece of its formatting. */
class FormatWritingTest {
    private static final CellStyle BASE = new CellStyle(new Font("Arial", 10, false, false, false, Rgb.BLACK), null,
            Borders.NONE, CellStyle.Horizontal.GENERAL, CellStyle.Vertical.BOTTOM, false, "General");
    private static final Border GREY = new Border(Border.Line.THIN, Rgb.hex("7F7F7F"));
    private static final CellStyle WEIGHT = BASE.withFont(new Font("Arial", 12, true, false, false, Rgb.hex("0D5BDC")))
            .withFill(Rgb.hex("FFCC99")).withBorders(new Borders(GREY, GREY, new Border(Border.Line.MEDIUM, Rgb.hex("FF0000")), GREY))
            .withHorizontal(CellStyle.Horizontal.CENTER).withNumberFormat("0.00");
    private static final CellStyle NOTE = BASE.withFont(new Font("Times New Roman", 9, false, true, true, Rgb.hex("C00000")))
            .withVertical(CellStyle.Vertical.TOP).withWrap(true).withNumberFormat("0.000");
    private static final StyleChange HIDE = new StyleChange(Rgb.WHITE, null, null, false, null, true, null, true);
    private static final StyleChange BOXED = new StyleChange(null, true, null, null, Rgb.hex("FFC7CE"), false,
            new Borders(GREY, GREY, GREY, GREY), false);

    @TempDir
    Path temp;

    @Test
    void aNewWorkbookKeepsItsFormatting() throws Exception {
        Workbook book = new Workbook();
        Sheet sheet = book.addSheet("Lesson: MLP");
        SheetFormat format = sheet.format();
        format.setDefaultStyle(BASE);
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 2; c++) {
                sheet.cellForWrite(r + 1, c + 1).setValue(new NumberValue(r * 2 + c - 2));
                format.setStyle(r + 1, c + 1, WEIGHT);
            }
        }
        sheet.cellForWrite(0, 0).setValue(new TextValue("Forward"));
        sheet.cellForWrite(1, 3).setFormula(Formula.parse("=SUM(B2:C4)", 1, 3, FormulaKind.PLAIN));
        format.setStyle(5, 5, NOTE); // a blank cell with a style
        format.setColumnWidth(0, 2.5);
        format.setColumnWidth(1, 3, 5.0);
        format.setColumnWidth(10, 16_383, 4.33203125);
        format.setColumnStyle(6, 7, NOTE);
        format.hiddenColumns().add(8);
        format.setDefaultColumnWidth(12.6640625);
        format.setDefaultRowHeight(15.75);
        format.setRowHeight(0, 53.25);
        format.setRowStyle(9, NOTE);
        format.hiddenRows().add(7);
        format.merged().add(Area.parse("A1:Z1"));
        format.merged().add(Area.parse("A42:Z42"));
        format.freeze(1, 2);
        format.setZoomPercent(120);
        format.setGridLines(false);
        format.setNote(1, 1, "W1: the first layer's weights");
        format.setNote(1, 2, "a neighbour, so two boxes meet");
        format.setNote(0, 0, "Line one\nline two");
        List<ConditionalFormat> rules = List.of(
                new ConditionalFormat(List.of(Area.parse("B2:C4"), Area.parse("E2")), List.of(
                        new ConditionalRule.Expression(FormulaParser.parse("$A$1=\"hide\"", 1, 1), HIDE, 1, true),
                        new ConditionalRule.Expression(FormulaParser.parse("B2<0", 1, 1), BOXED, 2, false))),
                new ConditionalFormat(List.of(Area.parse("B2:C4")), List.of(
                        new ConditionalRule.CellValue(ConditionalRule.Comparison.BETWEEN, FormulaParser.parse("-1", 1, 1),
                                FormulaParser.parse("$D$2/10", 1, 1), BOXED, 3, false),
                        new ConditionalRule.CellValue(ConditionalRule.Comparison.GREATER_OR_EQUAL,
                                FormulaParser.parse("0", 1, 1), null, HIDE, 4, false),
                        new ConditionalRule.ColorScale(List.of(new ScalePoint(ScalePoint.Kind.MIN, 0, Rgb.hex("F8696B")),
                                new ScalePoint(ScalePoint.Kind.PERCENTILE, 50, Rgb.hex("FFEB84")),
                                new ScalePoint(ScalePoint.Kind.NUMBER, 2.5, Rgb.hex("63BE7B"))), 5),
                        new ConditionalRule.DataBar(Rgb.hex("FF555A"), 6))));
        format.conditionalFormats().addAll(rules);
        Sheet second = book.addSheet("Second");
        second.format().setDefaultStyle(NOTE);
        second.cellForWrite(0, 0).setValue(new NumberValue(1));
        new Calculator(book).recalculateAll();

        Path file = temp.resolve("new.xlsx");
        XlsxWriter.write(book, null, file);
        Workbook read = XlsxReader.read(file).workbook();
        Sheet back = read.sheet("Lesson: MLP");
        SheetFormat again = back.format();

        assertEquals(new NumberValue(-2), back.value(1, 1), "the cells are still there");
        assertTrue(back.cell(1, 3).hasFormula());
        assertEquals(BASE, again.defaultStyle());
        assertEquals(WEIGHT, again.style(1, 1));
        assertEquals(WEIGHT, again.style(3, 2));
        assertEquals(NOTE, again.style(5, 5));
        assertEquals(BASE, again.style(5, 4));
        assertEquals(NOTE, again.style(20, 6), "column style");
        assertEquals(NOTE, again.style(9, 0), "row style");
        assertEquals(2.5, again.columnWidth(0), 0);
        assertEquals(5.0, again.columnWidth(3), 0);
        assertEquals(4.33203125, again.columnWidth(16_383), 0);
        assertEquals(12.6640625, again.columnWidth(4), 0);
        assertEquals(12.6640625, again.defaultColumnWidth(), 0);
        assertEquals(15.75, again.defaultRowHeight(), 0);
        assertEquals(53.25, again.rowHeight(0), 0);
        assertEquals(15.75, again.rowHeight(1), 0);
        assertTrue(again.hiddenColumns().contains(8));
        assertEquals(1, again.hiddenColumns().size());
        assertTrue(again.hiddenRows().contains(7));
        assertEquals(List.of(Area.parse("A1:Z1"), Area.parse("A42:Z42")), again.merged());
        assertEquals(1, again.frozenRows());
        assertEquals(2, again.frozenColumns());
        assertEquals(120, again.zoomPercent());
        assertFalse(again.gridLines());
        assertEquals(3, again.noteCount());
        assertEquals("W1: the first layer's weights", again.note(1, 1));
        assertEquals("a neighbour, so two boxes meet", again.note(1, 2));
        assertEquals("Line one\nline two", again.note(0, 0));
        assertEquals(rules, again.conditionalFormats());

        assertEquals(NOTE, read.sheet("Second").format().style(0, 0), "a sheet's own default reaches its cells");
    }
}
