package org.aibyhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A lesson saved and opened again, and the files in workbooks/, open as the lesson: named stages, the Explain
 * panel's equations, the gradient check's presets, the over-time chart and the network view.
 */
class ReopenedLessonTest extends WindowTest {
    @TempDir
    Path temp;

    @Test
    void aSavedLessonOpensAsTheSameLesson(FxRobot robot) throws Exception {
        Lesson built = Lessons.build("lstm", new LessonOptions(5).with("hidden", 3).with("steps", 5));
        Path file = temp.resolve("my lstm.xlsx");
        Document.of(built).write(file);
        open(robot, file);
        Lesson opened = window.document().lesson();
        assertNotNull(opened, "recognised as a lesson");
        assertEquals("lstm", opened.kind());
        assertEquals(built.plan().stream().map(Stage::title).toList(),
                window.walkthrough().plan().stages().stream().map(Stage::title).toList(), "the named stages");
        Area h = WalkthroughWindowTest.area(window.document().workbook(), "H");
        robot.interact(() -> {
            window.current().select(h.top(), h.left() + 1);
            window.showSelection();
        });
        assertEquals(built.notation().at(h.top(), h.left() + 1), window.explain().notationText(), "the Explain equation");
        assertFalse(window.explain().notationText().isBlank());
        TabPane side = robot.lookup("#sidePanel").queryAs(TabPane.class);
        assertTrue(side.getTabs().stream().anyMatch(t -> t.getText().equals("Over time")), "the over-time chart");
        assertEquals(3, window.overTime().chart().getData().size(), "one line per hidden unit");
        assertTrue(window.network().panel().hasPicture(), "the network view");
        assertEquals(5 * (2 + 6 * 3 + 1) + 2 * 3, window.network().picture().nodes().size());
        robot.interact(() -> window.gradientCheck().open());
        TextField loss = robot.lookup("#gradientLoss").queryAs(TextField.class);
        TextField parameters = robot.lookup("#gradientParameters").queryAs(TextField.class);
        assertEquals("loss", loss.getText(), "the gradient check's presets");
        assertTrue(parameters.getText().contains("U_f"), parameters.getText());
        robot.interact(() -> window.gradientCheck().stage().close());
    }

    @Test
    void theFilesInWorkbooksOpenWithTheirNamedStages(FxRobot robot) throws Exception {
        open(robot, Paths.get("workbooks", "mlp.xlsx"));
        assertNotNull(window.document().lesson());
        assertEquals("Inputs and weights", window.walkthrough().plan().stage(0).title());
        assertTrue(window.network().panel().hasPicture());
    }

    @Test
    void anOrdinaryWorkbookIsNoLesson(FxRobot robot) throws Exception {
        Path file = temp.resolve("plain.xlsx");
        Document.create(WelcomeWorkbook.create(), "plain").write(file);
        open(robot, file);
        assertEquals(null, window.document().lesson());
        assertFalse(window.network().panel().hasPicture());
    }
}
