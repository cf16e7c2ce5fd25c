package org.aibyhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Spinner;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.value.Value;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** File > New Lesson...: the chosen model and sizes become the shown workbook, and edits reach its gradients. */
class NewLessonTest extends WindowTest {

    @Test
    @SuppressWarnings("unchecked")
    void aChosenLessonOpensAndItsGradientsFollowAnEdit(FxRobot robot) throws Exception {
        Platform.runLater(() -> window.files().newLesson());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".dialog-pane").queryAll().isEmpty());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.interact(() -> ((ChoiceBox<String>) robot.from(dialog).lookup(".choice-box").query()).setValue("rnn"));
        Spinner<Integer> steps = robot.from(dialog).lookup(".spinner").nth(3).query();
        robot.interact(() -> steps.getValueFactory().setValue(6));
        robot.clickOn(robot.from(dialog).lookup(".button").match(b -> ((Button) b).getText().equals("OK")).queryButton());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.document().lesson() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("rnn", window.document().lesson().kind());
        var book = window.document().workbook();
        String h = book.resolveName("H", null).text();
        assertEquals(6, org.aibyhand.engine.ref.Area.parse(h.substring(h.indexOf('!') + 1).replace("$", "")).columns());

        String x = book.resolveName("X", null).text();
        var xArea = org.aibyhand.engine.ref.Area.parse(x.substring(x.indexOf('!') + 1).replace("$", ""));
        String dW = book.resolveName("dW_ih", null).text();
        var dArea = org.aibyhand.engine.ref.Area.parse(dW.substring(dW.indexOf('!') + 1).replace("$", ""));
        Sheet sheet = book.sheets().get(0);
        Value before = sheet.value(dArea.top(), dArea.left());
        robot.interact(() -> window.edited(window.current(), window.document().enter(sheet, xArea.top(), xArea.left(), "9")));
        assertNotEquals(before, sheet.value(dArea.top(), dArea.left()));
        assertEquals(sheet.value(dArea.top(), dArea.left()), window.current().shownValue(dArea.top(), dArea.left()),
                "the grid shows the new gradient");
    }
}
