package org.aibyhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.TextField;
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
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.gradientCheck().stage().isShowing());
        var check = window.gradientCheck();
        assertEquals("loss", robot.lookup("#gradientLoss").queryAs(TextField.class).getText());
        robot.clickOn("#gradientRun");
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
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.gradientCheck().stage().isShowing());
        robot.interact(() -> robot.lookup("#gradientClaimed").queryAs(TextField.class).setText("dW_1; nowhere"));
        robot.clickOn("#gradientRun");
        WaitForAsyncUtils.waitForFxEvents();
        String summary = window.gradientCheck().summaryText();
        assertTrue(summary.contains("one gradient range for each parameter"), summary);
        robot.interact(() -> window.gradientCheck().stage().close());
    }
}
