package org.aibyhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Plan;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The step player in the window: stepping reveals and highlights exactly the planned cells, outlines what the
 * stage reads, keys and buttons step, play runs to the end; the explanation of a known cell shows its numbers.
 */
class WalkthroughWindowTest extends WindowTest {

    private void showMlp(FxRobot robot) {
        robot.interact(() -> window.show(Document.of(Lessons.build("mlp", new LessonOptions(1)))));
    }

    static Area area(Workbook book, String name) {
        String text = book.resolveName(name, null).text();
        return Area.parse(text.substring(text.indexOf('!') + 1).replace("$", ""));
    }

    @Test
    void steppingInRevealModeShowsExactlyTheStagesReached(FxRobot robot) {
        showMlp(robot);
        Sheet sheet = window.document().workbook().sheet(0);
        Plan plan = window.document().workbook().plan();
        robot.clickOn("#revealMode");
        assertShownUpTo(sheet, plan, -1);
        for (int stage = 0; stage < plan.size(); stage++) {
            robot.clickOn("#stageForward");
            assertEquals(stage, window.walkthrough().current());
            assertShownUpTo(sheet, plan, stage);
            assertMarkedExactly(sheet, plan.stage(stage));
        }
        robot.clickOn("#revealMode");
        for (Cell cell : sheet) {
            if (cell.value() instanceof NumberValue) {
                assertFalse(shown(cell.row(), cell.column()).isEmpty(), "reveal off shows every value: " + cell.address());
            }
        }
    }

    /** Cells of stages up to {@code reached} show their values; cells of later stages are blank. */
    private void assertShownUpTo(Sheet sheet, Plan plan, int reached) {
        for (int s = 0; s < plan.size(); s++) {
            for (Area area : plan.stage(s).cells()) {
                for (int r = area.top(); r <= area.bottom(); r++) {
                    for (int c = area.left(); c <= area.right(); c++) {
                        boolean hidden = s > reached && firstStageOf(plan, r, c) > reached;
                        assertEquals(hidden, shown(r, c).isEmpty(), "stage " + (s + 1) + " cell " + r + "," + c
                                + " when stage " + (reached + 1) + " is reached");
                    }
                }
            }
        }
    }

    private static int firstStageOf(Plan plan, int row, int column) {
        for (int s = 0; s < plan.size(); s++) {
            for (Area area : plan.stage(s).cells()) {
                if (area.contains(row, column)) {
                    return s;
                }
            }
        }
        return -1;
    }

    private void assertMarkedExactly(Sheet sheet, Stage stage) {
        for (int r = 0; r < 40; r++) {
            for (int c = 0; c < 30; c++) {
                assertEquals(stage.contains(sheet.name(), r, c),
                        window.current().isMarked(org.aibyhand.app.sheet.Marks.Mark.STAGE, r, c), stage.title() + " at " + r + "," + c);
            }
        }
    }

    @Test
    void layerOneOutlinesTheWeightsInputsAndBiasItReads(FxRobot robot) {
        showMlp(robot);
        Workbook book = window.document().workbook();
        int layerOne = indexOf(book.plan(), "Layer 1");
        robot.interact(() -> window.walkthrough().goTo(layerOne));
        SheetView view = window.current();
        for (String read : new String[] {"W_1", "X", "b_1"}) {
            Area area = area(book, read);
            for (int r = area.top(); r <= area.bottom(); r++) {
                for (int c = area.left(); c <= area.right(); c++) {
                    assertTrue(view.isMarked(org.aibyhand.app.sheet.Marks.Mark.STAGE_READ, r, c), read + " is read by Z_1");
                }
            }
        }
        Area w2 = area(book, "W_2");
        assertFalse(view.isMarked(org.aibyhand.app.sheet.Marks.Mark.STAGE_READ, w2.top(), w2.left()), "W_2 is not read by Z_1");
        Area z1 = area(book, "Z_1");
        assertTrue(view.isMarked(org.aibyhand.app.sheet.Marks.Mark.STAGE, z1.top(), z1.left()));
    }

    private static int indexOf(Plan plan, String titleStart) {
        for (int s = 0; s < plan.size(); s++) {
            if (plan.stage(s).title().startsWith(titleStart)) {
                return s;
            }
        }
        throw new AssertionError("no stage " + titleStart);
    }

    @Test
    void keysAndButtonsStepAndPlayRunsToTheEnd(FxRobot robot) throws Exception {
        showMlp(robot);
        int last = window.document().workbook().plan().size() - 1;
        robot.clickOn("#stageLast");
        assertEquals(last, window.walkthrough().current());
        robot.clickOn("#stageFirst");
        assertEquals(0, window.walkthrough().current());
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT); // the bar has focus after a click
        assertEquals(1, window.walkthrough().current());
        robot.interact(() -> window.current().view().requestFocus());
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        assertEquals(2, window.walkthrough().current(), "Alt+Right steps even from the grid");
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        assertEquals(1, window.walkthrough().current());
        robot.clickOn("#stage4");
        assertEquals(3, window.walkthrough().current(), "a stage of the timeline jumps there");
        robot.interact(() -> robot.lookup("#playSpeed").queryAs(javafx.scene.control.Slider.class).setValue(0.5));
        robot.clickOn("#stagePlay");
        assertTrue(window.walkthrough().playingProperty().get());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.walkthrough().playingProperty().get());
        assertEquals(last, window.walkthrough().current(), "playing stops at the last stage");
    }

    @Test
    void theExplanationOfAHiddenUnitPutsItsNumbersIn(FxRobot robot) {
        showMlp(robot);
        Workbook book = window.document().workbook();
        Sheet sheet = book.sheet(0);
        Area z1 = area(book, "Z_1");
        Area w1 = area(book, "W_1");
        Area x = area(book, "X");
        Area b1 = area(book, "b_1");
        int i = 1;
        int j = 1; // Z₁[2,2]: row 2 of W₁ times column 2 of X, plus b₁[2]
        robot.interact(() -> window.current().select(z1.top() + i, z1.left() + j));
        StringBuilder expected = new StringBuilder("= ");
        double sum = 0;
        for (int k = 0; k < w1.columns(); k++) {
            double w = number(sheet, w1.top() + i, w1.left() + k);
            double input = number(sheet, x.top() + k, x.left() + j);
            expected.append(k == 0 ? "" : " + ").append(text(w)).append('*').append(text(input));
            sum += w * input;
        }
        double bias = number(sheet, b1.top() + i, b1.left());
        sum += bias;
        expected.append(" + ").append(text(bias)).append(" = ").append(text(sum).replace("(", "").replace(")", ""));
        ExplainPanel explain = window.explain();
        assertEquals(expected.toString(), explain.numbersText());
        assertTrue(explain.formulaText().startsWith("="), explain.formulaText());
        assertTrue(explain.notationText().startsWith("Z₁"), explain.notationText());
        assertTrue(explain.readLinks().contains(new org.aibyhand.engine.ref.CellAddress(b1.top() + i, b1.left()).toA1()),
                "links to the bias it reads: " + explain.readLinks());
        Area a1 = area(book, "A_1");
        assertTrue(explain.readByLinks().contains(new org.aibyhand.engine.ref.CellAddress(a1.top() + i, a1.left() + j).toA1()),
                "links to the activation that reads it: " + explain.readByLinks());
    }

    private static double number(Sheet sheet, int row, int column) {
        return ((NumberValue) sheet.value(row, column)).value();
    }

    /** At most four significant digits, trailing zeros dropped, negatives in parentheses. */
    private static String text(double value) {
        String digits = new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
        return value < 0 ? "(" + digits + ")" : digits;
    }
}
