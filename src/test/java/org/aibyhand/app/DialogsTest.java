package org.aibyhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.engine.walkthrough.GradientCheckRow;
import org.aibyhand.lesson.LessonOptions;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The app's windows close with Escape and with a Close button; the gradient check keeps off the cell it shows. */
class DialogsTest extends WindowTest {

    @Test
    void theGradientCheckAndTheHelpWindowsCloseWithEscapeAndWithTheirCloseButton(FxRobot robot) {
        robot.interact(() -> window.show(Document.ofLesson("mlp", new LessonOptions(1))));
        robot.interact(() -> window.gradientCheck().open());
        Stage gradient = window.gradientCheck().stage();
        robot.interact(() -> robot.lookup("#gradientLoss").query().requestFocus());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(gradient.isShowing(), "Escape closes the gradient check, even from a field");
        robot.interact(() -> window.gradientCheck().open());
        Button close = (Button) gradient.getScene().lookup("#closeButton");
        assertNotNull(close, "a Close button");
        robot.interact(close::fire);
        assertFalse(gradient.isShowing(), "Close closes it");
        for (var open : java.util.List.<java.util.function.Supplier<Stage>>of(
                () -> HelpWindows.shortcuts(window.stage()), () -> HelpWindows.equations(window.stage()),
                () -> HelpWindows.about(window.stage()), () -> WelcomePage.show(window))) {
            Stage[] help = new Stage[1];
            robot.interact(() -> {
                help[0] = open.get();
                help[0].requestFocus();
            });
            assertNotNull(help[0].getScene().lookup("#closeButton"), help[0].getTitle() + " has a Close button");
            robot.interact(() -> help[0].getScene().getRoot().requestFocus());
            robot.type(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(help[0].isShowing(), "Escape closes " + help[0].getTitle());
        }
    }

    @Test
    void theGradientCheckMovesOffTheCellItPointsAt(FxRobot robot) {
        robot.interact(() -> window.show(Document.ofLesson("mlp", new LessonOptions(1))));
        robot.interact(() -> window.gradientCheck().open());
        Stage gradient = window.gradientCheck().stage();
        CellAddress weight = CellAddress.parse("B13");
        Rectangle2D[] cell = new Rectangle2D[1];
        robot.interact(() -> {
            window.gradientCheck().showParameter(row(weight));
            var view = window.current().view();
            var layout = view.sheetLayout();
            var bounds = view.localToScreen(layout.columnX(1), layout.rowY(12));
            cell[0] = new Rectangle2D(bounds.getX(), bounds.getY(), layout.columnWidth(1), layout.rowHeight(12));
            gradient.setX(cell[0].getMinX() - 20); // right over the cell
            gradient.setY(cell[0].getMinY() - 20);
            window.gradientCheck().showParameter(row(weight));
        });
        Rectangle2D now = new Rectangle2D(gradient.getX(), gradient.getY(), gradient.getWidth(), gradient.getHeight());
        assertFalse(now.intersects(cell[0]), "the window " + now + " covers the cell " + cell[0]);
        assertEquals("B13", window.current().selection().topLeft().toA1());
        robot.interact(gradient::close);
    }

    @Test
    void aWindowIsPlacedBesideTheCellWhereTheScreenHasRoom() {
        Rectangle2D screen = new Rectangle2D(0, 0, 1600, 1000);
        Rectangle2D cell = new Rectangle2D(100, 100, 60, 20);
        Point2D right = StayClear.placeAway(new Rectangle2D(50, 50, 700, 500), cell, screen);
        assertEquals(172, right.getX());
        Rectangle2D nearRightEdge = new Rectangle2D(1500, 100, 60, 20);
        Point2D left = StayClear.placeAway(new Rectangle2D(1200, 50, 700, 500), nearRightEdge, screen);
        assertTrue(left.getX() + 700 <= 1500, "left of the cell: " + left);
        Point2D untouched = StayClear.placeAway(new Rectangle2D(800, 600, 300, 200), cell, screen);
        assertEquals(new Point2D(800, 600), untouched);
    }

    private static GradientCheckRow row(CellAddress cell) {
        return new GradientCheckRow("MLP", cell, 0, 0, 0, 0, GradientCheckRow.Verdict.AGREES);
    }
}
