package org.aibyhand.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.book.format.Borders;
import org.aibyhand.engine.book.format.CellStyle;
import org.aibyhand.engine.book.format.Rgb;
import org.aibyhand.engine.eval.ConditionalStyles;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.graph.ChangeSet;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;
import org.junit.jupiter.api.Test;

/** Conditional formats of the shared workbooks, evaluated on the engine's own recalculated values. */
class ConditionalStylesWorkbookTest {

    private static Area at(String a1) {
        return Area.parse(a1);
    }

    @Test
    void backpropagationHidesTheForwardPassWhenC2IsFalse() throws Exception {
        Workbook book = XlsxReader.read(SharedWorkbooks.get("Backpropgation.xlsx")).workbook();
        Sheet sheet = book.sheet("Backprop");
        Calculator calculator = new Calculator(book);
        calculator.recalculateAll();
        ConditionalStyles styles = new ConditionalStyles(book);
        Area j15 = at("J15");
        Area c2 = at("C2");
        CellStyle own = sheet.format().style(j15.top(), j15.left());
        assertSame(own, styles.style(sheet, j15.top(), j15.left()), "C2 is TRUE in the file: J15 shows its own style");

        ChangeSet changes = calculator.setValue(sheet, c2.top(), c2.left(), BooleanValue.FALSE);
        Map<Sheet, List<Area>> repaint = styles.afterChange(changes.changedCells());
        assertTrue(repaint.get(sheet).contains(at("J13:L18")), "the format reading $C$2 must be repainted");
        assertTrue(!repaint.get(sheet).contains(at("M5:O12")), "formats reading only $C$3 need no repaint");

        CellStyle hidden = styles.style(sheet, j15.top(), j15.left());
        assertEquals(Rgb.WHITE, hidden.font().color());
        assertNull(hidden.fill());
        assertEquals(Borders.NONE, hidden.borders());
        assertEquals(own.font().family(), hidden.font().family(), "only what the rule changes changes");

        changes = calculator.setValue(sheet, c2.top(), c2.left(), BooleanValue.TRUE);
        styles.afterChange(changes.changedCells());
        assertSame(own, styles.style(sheet, j15.top(), j15.left()));
        assertEquals(Rgb.hex("FA7D00"), styles.style(sheet, j15.top(), j15.left()).font().color());
    }

    @Test
    void multiLayerPerceptronColourScaleRunsFromItsMinimum() throws Exception {
        Workbook book = XlsxReader.read(SharedWorkbooks.get("Multi-Layer Perceptron.xlsx")).workbook();
        Sheet sheet = book.sheet("medium");
        new Calculator(book).recalculateAll();
        ConditionalStyles styles = new ConditionalStyles(book);
        Area scale = at("W42:X44");
        int[] lowest = null;
        int[] highest = null;
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int r = scale.top(); r <= scale.bottom(); r++) {
            for (int c = scale.left(); c <= scale.right(); c++) {
                Value value = sheet.value(r, c);
                double x = ((NumberValue) value).value();
                if (x < low) {
                    low = x;
                    lowest = new int[] {r, c};
                }
                if (x > high) {
                    high = x;
                    highest = new int[] {r, c};
                }
            }
        }
        // NOTES.md: min colour theme 8 tint -0.25 (accent5 5B9BD5 -> 2E75B6), max tint 0.8 (-> DEEBF7).
        assertEquals(Rgb.hex("2E75B6"), styles.style(sheet, lowest[0], lowest[1]).fill());
        assertEquals(Rgb.hex("DEEBF7"), styles.style(sheet, highest[0], highest[1]).fill());
    }

    @Test
    void zeroActivationsAreGreyed() throws Exception {
        Workbook book = XlsxReader.read(SharedWorkbooks.get("Multi-Layer Perceptron.xlsx")).workbook();
        Sheet sheet = book.sheet("small");
        Calculator calculator = new Calculator(book);
        calculator.recalculateAll();
        ConditionalStyles styles = new ConditionalStyles(book);
        Area k12 = at("K12");
        Rgb grey = Rgb.hex("7F7F7F"); // dk1 000000, tint 0.49998: lightness 0.49998 -> 127.5 -> 7F
        calculator.setValue(sheet, k12.top(), k12.left(), NumberValue.ZERO);
        assertEquals(grey, styles.style(sheet, k12.top(), k12.left()).fill(), "cellIs equal 0 holds");
        calculator.setValue(sheet, k12.top(), k12.left(), new NumberValue(0.5));
        assertEquals(sheet.format().style(k12.top(), k12.left()), styles.style(sheet, k12.top(), k12.left()));
    }
}
