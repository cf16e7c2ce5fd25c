package org.aibyhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import org.aibyhand.engine.walkthrough.BackpropModel;
import org.aibyhand.xlsx.SharedWorkbooks;
import org.aibyhand.engine.walkthrough.GradientCheckRow;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The gradient check window: a lesson's gradients agree with finite differences, in the background. */
class GradientCheckWindowTest extends WindowTest {

    @Test
    void aLessonPreselectsItsLossAndEveryGradientAgrees(FxRobot robot) throws Exception {
        robot.interact(() -> window.show(Document.of(Lessons.build("mlp", new LessonOptions(4)))));
        Platform.runLater(() -> window.gradientCheck().open());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#gradientRun").tryQuery()
                .map(run -> run.getScene().getWindow().isShowing()).orElse(false));
        var check = window.gradientCheck();
        assertEquals("loss", robot.lookup("#gradientLoss").queryAs(TextField.class).getText());
        robot.interact(() -> robot.lookup("#gradientRun").queryButton().fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !check.rows().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        var book = window.document().workbook();
        long parameters = 0;
        for (String name : new String[] {"W_1", "b_1", "W_2", "b_2"}) {
            parameters += WalkthroughWindowTest.area(book, name).cellCount();
        }
        assertEquals(parameters, check.rows().size(), "every weight and bias is checked");
        for (GradientCheckRow row : check.rows()) {
            assertEquals(GradientCheckRow.Verdict.AGREES, row.verdict(), row.toString());
        }
        assertTrue(check.summaryText().startsWith(parameters + " parameters"), check.summaryText());
        robot.interact(() -> check.stage().close());
    }

    @Test
    void aWrongRangeIsReportedNotThrown(FxRobot robot) throws Exception {
        robot.interact(() -> window.show(Document.of(Lessons.build("mlp", new LessonOptions(1)))));
        Platform.runLater(() -> window.gradientCheck().open());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#gradientRun").tryQuery()
                .map(run -> run.getScene().getWindow().isShowing()).orElse(false));
        robot.interact(() -> robot.lookup("#gradientClaimed").queryAs(TextField.class).setText("dW_1; nowhere"));
        robot.interact(() -> robot.lookup("#gradientRun").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        String summary = window.gradientCheck().summaryText();
        assertTrue(summary.contains("one gradient range for each parameter"), summary);
        robot.interact(() -> window.gradientCheck().stage().close());
    }

    /**
     * Backpropgation.xlsx has no loss cell: the teacher types the cross-entropy its S − Y gradient belongs to.
     * Its gradient blocks are laid out transposed. The parameters behind the missing layer-2 ReLU derivative,
     * predicted by a plain-Java backprop of the sheet's numbers, are the ones flagged.
     */
    @Test
    void theMissingReluDerivativeOfBackpropgationIsFlagged(FxRobot robot) throws Exception {
        open(robot, SharedWorkbooks.get("Backpropgation.xlsx"));
        int cells = window.document().workbook().sheet("Backprop").cellCount();
        Platform.runLater(() -> window.gradientCheck().open());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#gradientRun").tryQuery()
                .map(run -> run.getScene().getWindow().isShowing()).orElse(false));
        robot.interact(() -> {
            robot.lookup("#gradientLoss").queryAs(TextField.class).setText("=-SUMPRODUCT(V34:W36,LN(S34:T36))");
            robot.lookup("#gradientParameters").queryAs(TextField.class).setText("D15:H17; H24:K27; J34:N36");
            robot.lookup("#gradientClaimed").queryAs(TextField.class).setText("M5:O9; P15:S18; S24:U28");
            robot.lookup("#gradientTransposed").queryAs(CheckBox.class).setSelected(true);
        });
        var check = window.gradientCheck();
        robot.interact(() -> robot.lookup("#gradientRun").queryButton().fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !check.rows().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> flagged = new TreeSet<>();
        for (GradientCheckRow row : check.rows()) {
            if (row.verdict() == GradientCheckRow.Verdict.DISAGREES) {
                flagged.add(row.parameter().toA1());
            }
        }
        var predicted = new BackpropModel(window.document().workbook().sheet("Backprop")).corruptedParameters();
        assertEquals(predicted, flagged);
        assertEquals(46, check.rows().size());
        assertEquals(cells, window.document().workbook().sheet("Backprop").cellCount(),
                "the loss formula went into the copy, not the open workbook");
        assertTrue(!window.document().isModified());
        robot.interact(() -> check.stage().close());
    }
}
