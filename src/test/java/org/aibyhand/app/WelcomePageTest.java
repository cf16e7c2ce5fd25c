package org.aibyhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.aibyhand.lesson.Lessons;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.xlsx.XlsxWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The welcome page opens every lesson of its gallery; the tour walks its steps; a file on the command line opens. */
class WelcomePageTest extends WindowTest {
    @TempDir
    Path temp;

    @Test
    void everyLessonOfTheGalleryOpens(FxRobot robot) throws Exception {
        for (String kind : Lessons.KINDS) {
            Stage[] page = new Stage[1];
            robot.interact(() -> page[0] = WelcomePage.show(window));
            Button tile = (Button) page[0].getScene().lookup("#welcomeLesson-" + kind);
            assertNotNull(tile, "a tile for " + kind);
            assertNotNull(tile.getGraphic(), "a thumbnail for " + kind);
            robot.interact(tile::fire);
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(page[0].isShowing(), "the page closes on a choice");
            assertEquals(kind, window.document().lesson().kind());
        }
        Stage[] page = new Stage[1];
        robot.interact(() -> page[0] = WelcomePage.show(window));
        Screenshots.save(robot, page[0].getScene().getRoot(), "welcome-page");
        robot.interact(() -> page[0].close());
    }

    @Test
    void theTourWalksThePlayerRevealExplainAndTheGradientCheck(FxRobot robot) {
        Tour[] tour = new Tour[1];
        robot.interact(() -> tour[0] = Tour.start(window));
        assertEquals("mlp", window.document().lesson().kind(), "the tour opens a lesson");
        assertEquals(0, window.walkthrough().current());
        robot.interact(() -> tour[0].go(1));
        assertEquals(1, window.walkthrough().current());
        robot.interact(() -> tour[0].go(2));
        assertTrue(window.walkthrough().revealProperty().get());
        robot.interact(() -> tour[0].go(3));
        assertFalse(window.explain().formulaText().isBlank());
        robot.interact(() -> tour[0].go(4));
        assertTrue(window.gradientCheck().stage().isShowing());
        robot.interact(() -> {
            tour[0].go(5);
            tour[0].close();
            window.gradientCheck().stage().close();
        });
        assertFalse(window.walkthrough().revealProperty().get());
    }

    @Test
    void aFileNamedOnTheCommandLineIsTheFirstDocument() throws Exception {
        Path file = temp.resolve("given.xlsx");
        XlsxWriter.write(Lessons.build("rnn", new LessonOptions(1)).workbook(), null, file);
        Document first = AiByHandApp.firstDocument(file);
        assertEquals(file, first.file());
        assertEquals("given", first.name());
        assertEquals("rnn", first.lesson().kind(), "a lesson's file opens as that lesson again");
        assertEquals("mlp", AiByHandApp.firstDocument(null).lesson().kind());
    }
}
