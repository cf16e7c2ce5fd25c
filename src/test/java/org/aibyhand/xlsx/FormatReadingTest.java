package org.aibyhand.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.book.format.Border;
import org.aibyhand.engine.book.format.CellStyle;
import org.aibyhand.engine.book.format.ConditionalFormat;
import org.aibyhand.engine.book.format.ConditionalRule;
import org.aibyhand.engine.book.format.Rgb;
import org.aibyhand.engine.book.format.SheetFormat;
import org.aibyhand.engine.book.format.StyleChange;
import org.aibyhand.engine.formula.FormulaPrinter;
import org.aibyhand.engine.ref.Area;
import org.junit.jupiter.api.Test;

/**
 * What the reader makes of the formatting of the shared workbooks. Every expected value is a fact of the files
 * as NOTES.md records it, or a colour worked out by hand from the standard's tint formula.
 */
class FormatReadingTest {

    private static SheetFormat format(String file, String sheet) throws Exception {
        Workbook book = XlsxReader.read(SharedWorkbooks.get(file)).workbook();
        return book.sheet(sheet).format();
    }

    private static CellStyle style(SheetFormat format, String a1) {
        Area at = Area.parse(a1);
        return format.style(at.top(), at.left());
    }

    private static int column(String letters) {
        return Area.parse(letters + "1").left();
    }

    @Test
    void backpropagationSizesAndMerges() throws Exception {
        SheetFormat format = format("Backpropgation.xlsx", "Backprop");
        assertEquals(4.33, format.columnWidth(column("C")), 0.005);
        assertEquals(5.0, format.columnWidth(column("D")), 1e-9);
        assertEquals(5.0, format.columnWidth(column("Z")), 1e-9);
        assertEquals(4.33, format.columnWidth(column("AF")), 0.005);
        assertEquals(12.6640625, format.columnWidth(column("B")), 1e-9, "no <col>: the sheet's defaultColWidth");
        assertEquals(12.6640625, format.defaultColumnWidth(), 1e-9);
        assertEquals(15.75, format.defaultRowHeight(), 1e-9);
        assertEquals(53.25, format.rowHeight(0), 1e-9);
        assertEquals(List.of(Area.parse("A1:Z1"), Area.parse("A42:Z42")), format.merged());
        assertEquals(0, format.frozenRows());
        assertEquals(0, format.frozenColumns());
        assertEquals(100, format.zoomPercent());
        assertTrue(format.hiddenRows().isEmpty());
        assertTrue(format.hiddenColumns().isEmpty());
    }

    @Test
    void backpropagationFillsFontsBordersAndNumberFormats() throws Exception {
        SheetFormat format = format("Backpropgation.xlsx", "Backprop");
        assertEquals(Rgb.hex("FFCC99"), style(format, "J5").fill());
        assertEquals(Rgb.hex("FFCC99"), style(format, "K8").fill());
        assertEquals(Rgb.hex("FFFFFF"), style(format, "M5").fill(), "theme 2 is lt2, FFFFFF in the Sheets theme");
        // lt1 FFFFFF, tint -0.249977: lightness 1 -> 0.750023, 191.26 -> BF.
        assertEquals(Rgb.hex("BFBFBF"), style(format, "M9").fill());
        // accent1 4285F4 (H 217.4, S 0.89, L 0.6078), tint -0.249977: L 0.4559 -> (12.8, 90.7, 219.7) = 0D5BDC.
        CellStyle m9 = style(format, "M9");
        assertEquals(Rgb.hex("0D5BDC"), m9.font().color());
        assertEquals("Arial", m9.font().family());
        assertEquals(12, m9.font().sizePoints(), 1e-9);
        assertTrue(m9.font().bold());
        assertEquals(CellStyle.Horizontal.CENTER, m9.horizontal());

        CellStyle title = style(format, "A1");
        assertEquals("Arial", title.font().family());
        assertEquals(21, title.font().sizePoints(), 1e-9);
        assertTrue(title.font().bold());
        assertEquals(Rgb.BLACK, title.font().color());
        assertEquals(CellStyle.Vertical.CENTER, title.vertical());

        CellStyle forward = style(format, "J15");
        assertEquals(Rgb.hex("FA7D00"), forward.font().color());
        assertNull(forward.fill());
        Border edge = new Border(Border.Line.THIN, Rgb.hex("7F7F7F"));
        assertEquals(edge, forward.borders().top());
        assertEquals(edge, forward.borders().right());
        assertEquals(edge, forward.borders().bottom());
        assertEquals(edge, forward.borders().left());

        assertEquals("0.0", style(format, "H20").numberFormat());
        assertEquals("0.0", style(format, "J21").numberFormat());
        assertEquals("General", style(format, "J15").numberFormat());
        assertEquals("Arial", format.defaultStyle().font().family());
        assertEquals(10, format.defaultStyle().font().sizePoints(), 1e-9);
    }

    @Test
    void backpropagationConditionalFormatsHideResults() throws Exception {
        SheetFormat format = format("Backpropgation.xlsx", "Backprop");
        List<ConditionalFormat> formats = format.conditionalFormats();
        assertEquals(3, formats.size());
        assertEquals(ranges("J13:L18 M14:N18 M22:N27 O23:Q28 P32:Q36 R33:T36"), formats.get(0).ranges());
        assertEquals(ranges("L5:L9 O15:O18 K20:K21 H22:K22 R24:R28 S29:U29 W30:Y30 N30:N31 Y31:Y33 J32:N32 X34:X36"),
                formats.get(1).ranges());
        assertEquals(ranges("M5:O12 P15:S21 H20:J21 S24:U31 J30:M31 Y34:Z36"), formats.get(2).ranges());

        int[] priorities = {57, 46, 40};
        String[] formulas = {"$C$2=FALSE", "$C$3=FALSE", "$C$3=FALSE"};
        boolean[] bordersCleared = {true, false, true};
        for (int i = 0; i < 3; i++) {
            ConditionalFormat cf = formats.get(i);
            var rule = assertInstanceOf(ConditionalRule.Expression.class, cf.rules().get(0));
            assertEquals(priorities[i], rule.priority());
            Area anchor = cf.anchorArea();
            assertEquals(formulas[i], FormulaPrinter.print(rule.formula(), anchor.top(), anchor.left(), FormulaPrinter.Style.STORAGE));
            StyleChange change = rule.change();
            assertEquals(Rgb.WHITE, change.fontColor(), "theme 0: lt1, white");
            assertEquals(Boolean.FALSE, change.underline());
            assertTrue(change.clearFill());
            assertEquals(bordersCleared[i], change.clearBorders());
        }
    }

    @Test
    void colourScalesAndCellValueRules() throws Exception {
        SheetFormat format = format("Multi-Layer Perceptron.xlsx", "medium");
        assertEquals(1, format.frozenRows(), "pane ySplit=1, frozen");
        assertEquals(0, format.frozenColumns());
        var zero = assertInstanceOf(ConditionalRule.CellValue.class, format.conditionalFormats().get(0).rules().get(0));
        assertEquals(ConditionalRule.Comparison.EQUAL, zero.comparison());
        assertEquals(ranges("N14:O18 Q22:R30 T34:U38"), format.conditionalFormats().get(0).ranges());
        assertNull(zero.second());
        // dxf with no pattern type: the background colour is the fill; dk1 000000 tint 0.49998 -> 7F7F7F.
        assertEquals(Rgb.hex("7F7F7F"), zero.change().fill());

        ConditionalFormat scaled = format.conditionalFormats().get(1);
        assertEquals(ranges("W42:X44"), scaled.ranges());
        var scale = assertInstanceOf(ConditionalRule.ColorScale.class, scaled.rules().get(0));
        assertEquals(2, scale.priority());
        assertEquals(ConditionalRule.ScalePoint.Kind.MIN, scale.points().get(0).kind());
        assertEquals(ConditionalRule.ScalePoint.Kind.MAX, scale.points().get(1).kind());
        // accent5 5B9BD5 (H 208.5, S 0.592, L 0.596): tint -0.25 -> 2E75B6, tint 0.8 -> DEEBF7.
        assertEquals(Rgb.hex("2E75B6"), scale.points().get(0).color());
        assertEquals(Rgb.hex("DEEBF7"), scale.points().get(1).color());

        var small = assertInstanceOf(ConditionalRule.CellValue.class,
                format("Multi-Layer Perceptron.xlsx", "small").conditionalFormats().get(0).rules().get(0));
        assertTrue(small.stopIfTrue());
    }

    @Test
    void otherRuleKinds() throws Exception {
        SheetFormat small = format("Temperature.xlsx", "small");
        List<ConditionalFormat> formats = small.conditionalFormats();
        assertEquals(6, formats.size());
        var notBlank = assertInstanceOf(ConditionalRule.Expression.class, formats.get(1).rules().get(0));
        assertEquals("LEN(TRIM(S9))>0", FormulaPrinter.print(notBlank.formula(), 8, 18, FormulaPrinter.Style.STORAGE));
        assertEquals(Border.Line.THIN, notBlank.change().borders().top().line(), "a dxf may draw borders");
        var bar = assertInstanceOf(ConditionalRule.DataBar.class, formats.get(3).rules().get(0));
        assertEquals(Rgb.hex("FF555A"), bar.color());
        assertEquals(ranges("J9:J13"), formats.get(3).ranges());

        SheetFormat transformer = format("Transformer-Full-Stack.xlsx", "Transformer ");
        var threeColours = assertInstanceOf(ConditionalRule.ColorScale.class,
                transformer.conditionalFormats().get(0).rules().get(0));
        assertEquals(3, threeColours.points().size());
        assertEquals(ConditionalRule.ScalePoint.Kind.PERCENTILE, threeColours.points().get(1).kind());
        assertEquals(50, threeColours.points().get(1).value(), 1e-9);
        assertEquals(Rgb.hex("FFEB84"), threeColours.points().get(1).color());
    }

    @Test
    void mambaNotesComeFromThreadedComments() throws Exception {
        SheetFormat format = format("Mamba.xlsx", "small");
        assertEquals(6, format.noteCount());
        Area c13 = Area.parse("C13");
        assertEquals("This is a linear projection matrix that projects the input x to the weight parameters for B (continuous).",
                format.note(c13.top(), c13.left()));
        Area o28 = Area.parse("O28");
        assertEquals("But unlike an RNN, Mamba has a different set of weight matrices A’ and B’ at each time step.",
                format.note(o28.top(), o28.left()));
        assertEquals(116, format.zoomPercent());
        assertEquals(3.16, format.columnWidth(column("W")), 0.005);
        assertFalse(format.hasStyle(200, 200));
    }

    @Test
    void mambaLicenceColumnsRunToTheLastColumn() throws Exception {
        SheetFormat format = format("Mamba.xlsx", "LICENSE");
        assertEquals(116.83, format.columnWidth(0), 0.005);
        assertEquals(10.83, format.columnWidth(1), 0.005);
        assertEquals(10.83, format.columnWidth(16_383), 0.005);
        assertEquals(2, format.columnWidthRuns().size(), "A, then B:XFD as one run");
    }

    private static List<Area> ranges(String sqref) {
        return java.util.Arrays.stream(sqref.split(" ")).map(Area::parse).toList();
    }
}
