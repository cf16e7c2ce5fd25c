package org.aibyhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.aibyhand.lesson.LessonOptions;
import org.junit.jupiter.api.Test;
import java.io.IOException;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** F11 makes everything large for a projector; F11 again puts every part of the window back as it was. */
class PresentationModeTest extends WindowTest {

    /** The sizes that show the layout: the bars' heights, the side panel's width, the grid's zoom. */
    private List<Double> layout(FxRobot robot) {
        Double[] sizes = new Double[6];
        robot.interact(() -> {
            window.root().applyCss();
            window.root().layout();
            VBox top = (VBox) window.root().getTop();
            MenuBar menus = (MenuBar) top.getChildren().get(0);
            Node side = robot.lookup("#sidePanel").query();
            Node stageChip = robot.lookup("#stage1").query();
            sizes[0] = menus.getHeight();
            sizes[1] = window.walkthroughBar().root().getHeight();
            sizes[2] = side.getLayoutBounds().getWidth();
            sizes[3] = window.viewActions().zoom();
            sizes[4] = stageChip.getLayoutBounds().getHeight();
            sizes[5] = window.current().view().sheetLayout().headerWidth();
        });
        return List.of(sizes);
    }

    @Test
    void f11AndBackRestoreTheLayout(FxRobot robot) throws IOException {
        robot.interact(() -> window.show(Document.ofLesson("mlp", new LessonOptions(1))));
        WaitForAsyncUtils.waitForFxEvents();
        List<Double> before = layout(robot);
        robot.interact(() -> window.current().view().requestFocus());
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        List<Double> presenting = layout(robot);
        assertTrue(window.viewActions().isPresentation(), "F11 starts presentation mode");
        assertTrue(presenting.get(0) > before.get(0) * 1.3, "the menu bar grows: " + presenting + " " + before);
        assertTrue(presenting.get(1) > before.get(1) * 1.3, "the player grows: " + presenting + " " + before);
        assertTrue(presenting.get(3) >= 1.75, "the cells are large");
        assertTrue(presenting.get(4) > before.get(4) * 1.3, "the stage chips grow");
        assertTrue(presenting.get(5) > before.get(5), "the row numbers widen with the zoom");
        assertTrue(window.stage().isFullScreen(), "the window fills the screen");
        robot.interact(() -> window.walkthrough().goTo(1));
        Screenshots.save(robot, window.root(), "presentation-mode");
        robot.interact(() -> window.current().view().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.viewActions().zoom() > presenting.get(3), "zoom steps from the keyboard");
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(false, window.viewActions().isPresentation());
        assertEquals(false, window.stage().isFullScreen());
        assertEquals(before, layout(robot), "everything back as it was");
    }

    @Test
    void switchingTheLanguageInPresentationModeStillLeavesItCleanly(FxRobot robot) {
        robot.interact(() -> window.viewActions().togglePresentation());
        robot.interact(() -> window = LanguageSwitch.switchTo(window, org.aibyhand.i18n.Language.CHINESE));
        try {
            assertTrue(window.viewActions().isPresentation(), "still presenting, in Chinese");
            assertTrue(window.stage().isFullScreen());
            robot.interact(() -> window.viewActions().togglePresentation());
            assertEquals(false, window.stage().isFullScreen(), "leaving it ends full screen");
            assertEquals(1.0, window.viewActions().zoom());
        } finally {
            robot.interact(() -> window = LanguageSwitch.switchTo(window, org.aibyhand.i18n.Language.ENGLISH));
        }
    }
}
