package org.aibyhand.engine.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.aibyhand.engine.TestBooks;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.format.ConditionalFormat;
import org.aibyhand.engine.book.format.ConditionalRule;
import org.aibyhand.engine.book.format.ConditionalRule.Comparison;
import org.aibyhand.engine.book.format.ConditionalRule.ScalePoint;
import org.aibyhand.engine.book.format.Rgb;
import org.aibyhand.engine.book.format.StyleChange;
import org.aibyhand.engine.formula.Expr;
import org.aibyhand.engine.formula.FormulaParser;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.NumberValue;
import org.junit.jupiter.api.Test;

/** Rules, priorities, scales and bars of {@link ConditionalStyles}, on small workbooks built in code. */
class ConditionalStylesTest {
    private static final Rgb RED = Rgb.hex("FF0000");
    private static final Rgb BLUE = Rgb.hex("0000FF");
    private static final StyleChange RED_FILL = StyleChange.fill(RED);
    private static final StyleChange BLUE_FILL = StyleChange.fill(BLUE);
    private static final StyleChange WHITE_TEXT = new StyleChange(Rgb.WHITE, null, null, null, null, false, null, false);

    private final TestBooks books = TestBooks.create();

    private static Expr formula(String text, String anchor) throws Exception {
        Area at = Area.parse(anchor);
        return FormulaParser.parse(text, at.top(), at.left());
    }

    private void format(String ranges, ConditionalRule... rules) {
        List<Area> areas = java.util.Arrays.stream(ranges.split(" ")).map(Area::parse).toList();
        books.sheet().format().conditionalFormats().add(new ConditionalFormat(areas, List.of(rules)));
    }

    private Rgb fill(ConditionalStyles styles, String a1) {
        return look(styles, a1).style().fill();
    }

    private CellLook look(ConditionalStyles styles, String a1) {
        Area at = Area.parse(a1);
        return styles.look(books.sheet(), at.top(), at.left());
    }

    @Test
    void theMostImportantRuleWinsAndOthersStillAdd() throws Exception {
        books.put("A1", "1");
        format("A1", new ConditionalRule.Expression(formula("TRUE", "A1"), RED_FILL, 2, false));
        format("A1", new ConditionalRule.Expression(formula("1", "A1"), BLUE_FILL, 1, false),
                new ConditionalRule.Expression(formula("A1=1", "A1"), WHITE_TEXT, 3, false));
        books.calculate();
        ConditionalStyles styles = new ConditionalStyles(books.book());
        assertEquals(BLUE, fill(styles, "A1"), "priority 1 beats priority 2");
        assertEquals(Rgb.WHITE, look(styles, "A1").style().font().color(), "a rule that changes something else still applies");
    }

    @Test
    void stopIfTrueEndsTheList() throws Exception {
        books.put("A1", "1");
        format("A1", new ConditionalRule.Expression(formula("A1>0", "A1"), WHITE_TEXT, 1, true),
                new ConditionalRule.Expression(formula("TRUE", "A1"), RED_FILL, 2, false));
        books.calculate();
        ConditionalStyles styles = new ConditionalStyles(books.book());
        assertNull(fill(styles, "A1"));
        assertEquals(Rgb.WHITE, look(styles, "A1").style().font().color());
    }

    @Test
    void expressionsHoldForTrueAndNonZeroNumbersOnly() throws Exception {
        books.put("A1", "0").put("A2", "2").put("A3", "#N/A").put("A4", "text").put("A5", "TRUE");
        format("B1:B5", new ConditionalRule.Expression(formula("A1", "B1"), RED_FILL, 1, false));
        books.calculate();
        ConditionalStyles styles = new ConditionalStyles(books.book());
        assertNull(fill(styles, "B1"));
        assertEquals(RED, fill(styles, "B2"), "relative references move with the cell");
        assertNull(fill(styles, "B3"), "an error does not hold");
        assertNull(fill(styles, "B4"));
        assertEquals(RED, fill(styles, "B5"));
        assertNull(fill(styles, "C2"), "outside the ranges");
    }

    @Test
    void cellValueRulesCompareLikeExcel() throws Exception {
        books.put("A1", "5").put("A2", "15").put("A3", "abc").put("A4", "#DIV/0!").put("C1", "10");
        format("A1:A4", new ConditionalRule.CellValue(Comparison.BETWEEN, formula("$C$1", "A1"), formula("1", "A1"),
                RED_FILL, 1, false));
        format("A1:A4", new ConditionalRule.CellValue(Comparison.GREATER, formula("$C$1", "A1"), null, BLUE_FILL, 2, false));
        books.calculate();
        ConditionalStyles styles = new ConditionalStyles(books.book());
        assertEquals(RED, fill(styles, "A1"), "between takes its bounds in either order");
        assertEquals(BLUE, fill(styles, "A2"));
        assertEquals(BLUE, fill(styles, "A3"), "text sorts after every number");
        assertNull(fill(styles, "A4"), "an error in the cell holds nothing");
        assertNull(fill(styles, "A5"), "outside");
    }

    @Test
    void threeColourScaleByPercentile() throws Exception {
        for (int i = 1; i <= 5; i++) {
            books.put("A" + i, String.valueOf(i));
        }
        books.put("A6", "text");
        format("A1:A6", new ConditionalRule.ColorScale(List.of(new ScalePoint(ScalePoint.Kind.MIN, 0, RED),
                new ScalePoint(ScalePoint.Kind.PERCENTILE, 50, Rgb.WHITE), new ScalePoint(ScalePoint.Kind.MAX, 0, BLUE)), 1));
        books.calculate();
        ConditionalStyles styles = new ConditionalStyles(books.book());
        assertEquals(RED, fill(styles, "A1"));
        // The 50th percentile of 1..5 is 3; 2 lies halfway from red to white: 127.5 rounds to 128.
        assertEquals(new Rgb(255, 128, 128), fill(styles, "A2"));
        assertEquals(Rgb.WHITE, fill(styles, "A3"));
        assertEquals(BLUE, fill(styles, "A5"));
        assertNull(fill(styles, "A6"), "text is not coloured");
    }

    @Test
    void dataBarsAreFractionsOfTheRange() throws Exception {
        books.put("A1", "10").put("A2", "15").put("A3", "20");
        format("A1:A3", new ConditionalRule.DataBar(RED, 1));
        books.calculate();
        ConditionalStyles styles = new ConditionalStyles(books.book());
        assertEquals(new CellLook.Bar(0.5, RED), look(styles, "A2").bar());
        assertEquals(0, look(styles, "A1").bar().fraction(), 1e-12);
        assertEquals(1, look(styles, "A3").bar().fraction(), 1e-12);
        assertNull(look(styles, "B1").bar());
    }

    @Test
    void anEditNamesTheFormatsItMayRepaintAndRefreshesTheirNumbers() throws Exception {
        books.put("A1", "1").put("A2", "2").put("A3", "3").put("D1", "0").put("F9", "0");
        format("B1:B3", new ConditionalRule.Expression(formula("A1>1", "B1"), RED_FILL, 1, false));
        format("C1", new ConditionalRule.Expression(formula("$D$1=1", "C1"), RED_FILL, 2, false));
        format("A1:A3", new ConditionalRule.ColorScale(List.of(new ScalePoint(ScalePoint.Kind.MIN, 0, RED),
                new ScalePoint(ScalePoint.Kind.MAX, 0, BLUE)), 3));
        Calculator calculator = books.calculate();
        ConditionalStyles styles = new ConditionalStyles(books.book());
        Sheet sheet = books.sheet();
        assertEquals(RED, fill(styles, "A1"));

        Map<Sheet, List<Area>> repaint = styles.afterChange(calculator.setValue(sheet, 1, 0, new NumberValue(0)).changedCells());
        assertEquals(List.of(Area.parse("B1:B3"), Area.parse("A1:A3")), repaint.get(sheet));
        assertEquals(RED, fill(styles, "A2"), "the new minimum is found after the change");
        assertEquals(new Rgb(170, 0, 85), fill(styles, "A1"), "1 lies a third of the way from 0 to 3");
    }

    @Test
    void editsElsewhereRepaintNothingAndNewFormatsAreNoticed() throws Exception {
        books.put("A1", "1").put("D1", "0").put("F9", "0");
        format("C1", new ConditionalRule.Expression(formula("$D$1=1", "C1"), RED_FILL, 1, false));
        Calculator calculator = books.calculate();
        ConditionalStyles styles = new ConditionalStyles(books.book());
        Sheet sheet = books.sheet();
        assertTrue(styles.afterChange(calculator.setValue(sheet, 8, 5, new NumberValue(1)).changedCells()).isEmpty());
        assertEquals(List.of(Area.parse("C1")),
                styles.afterChange(calculator.setValue(sheet, 0, 3, new NumberValue(1)).changedCells()).get(sheet));
        assertEquals(RED, fill(styles, "C1"));

        assertNull(fill(styles, "A1"));
        format("A1", new ConditionalRule.Expression(formula("TRUE", "A1"), BLUE_FILL, 2, false));
        assertEquals(BLUE, fill(styles, "A1"), "a format added to the sheet applies on the next call");
        assertSame(books.sheet().format().style(5, 5), look(styles, "F6").style());
        assertFalse(styles.afterChange(List.of()).containsKey(sheet));
    }
}
