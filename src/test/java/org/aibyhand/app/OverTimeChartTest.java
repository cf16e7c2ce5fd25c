package org.aibyhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.chart.XYChart;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The over-time chart of a sequence lesson: its lines are the hidden state's cells, and a picked step is tinted. */
class OverTimeChartTest extends WindowTest {

    @Test
    void theRnnChartDrawsEachHiddenComponentAndAPickedStepTintsItsColumn(FxRobot robot) {
        robot.interact(() -> window.show(Document.of(Lessons.build("rnn", new LessonOptions(3).with("steps", 5)))));
        Workbook book = window.document().workbook();
        Sheet sheet = book.sheet(0);
        Area h = WalkthroughWindowTest.area(book, "H"); // one row per component, one column per step
        var chart = window.overTime().chart();
        assertEquals(h.rows(), chart.getData().size(), "one line per hidden component");
        for (int i = 0; i < h.rows(); i++) {
            XYChart.Series<Number, Number> line = chart.getData().get(i);
            assertEquals(h.columns(), line.getData().size());
            for (int t = 0; t < h.columns(); t++) {
                double cell = ((NumberValue) sheet.value(h.top() + i, h.left() + t)).value();
                assertEquals(t + 1, line.getData().get(t).getXValue().intValue());
                assertEquals(cell, line.getData().get(t).getYValue().doubleValue(), 0.0, "h[" + (i + 1) + "] at t = " + (t + 1));
            }
        }
        robot.interact(() -> window.overTime().setStep(2));
        SheetView view = window.current();
        for (int i = 0; i < h.rows(); i++) {
            assertTrue(view.isMarked(org.aibyhand.app.sheet.Marks.Mark.TIME_STEP, h.top() + i, h.left() + 1), "h_2 is tinted");
            assertFalse(view.isMarked(org.aibyhand.app.sheet.Marks.Mark.TIME_STEP, h.top() + i, h.left() + 2), "h_3 is not");
        }
        Area x = WalkthroughWindowTest.area(book, "X");
        assertTrue(view.isMarked(org.aibyhand.app.sheet.Marks.Mark.TIME_STEP, x.top(), x.left() + 1), "x_2 is tinted with its step");
    }

    @Test
    void aLongSequenceIsDrawnWithAFewHundredPointsFromFirstToLast(FxRobot robot) {
        int steps = 3 * OverTimeChart.MAX_POINTS + 7;
        robot.interact(() -> window.show(Document.of(Lessons.build("rnn", new LessonOptions(3).with("steps", steps)))));
        Workbook book = window.document().workbook();
        Area h = WalkthroughWindowTest.area(book, "H");
        var line = window.overTime().chart().getData().get(0).getData();
        assertTrue(line.size() <= OverTimeChart.MAX_POINTS + 1, line.size() + " points");
        assertEquals(1, line.get(0).getXValue().intValue(), "the first step");
        assertEquals(steps, line.get(line.size() - 1).getXValue().intValue(), "the last step");
        int t = line.get(line.size() / 2).getXValue().intValue();
        boolean byRows = h.rows() > h.columns(); // long lessons run down the sheet
        double cell = ((NumberValue) book.sheet(0).value(byRows ? h.top() + t - 1 : h.top(),
                byRows ? h.left() : h.left() + t - 1)).value();
        assertEquals(cell, line.get(line.size() / 2).getYValue().doubleValue(), 0.0, "h[1] at t = " + t);
    }

    @Test
    void anEditRedrawsTheChart(FxRobot robot) {
        robot.interact(() -> window.show(Document.of(Lessons.build("rnn", new LessonOptions(3)))));
        Workbook book = window.document().workbook();
        Sheet sheet = book.sheet(0);
        Area x = WalkthroughWindowTest.area(book, "X");
        Area h = WalkthroughWindowTest.area(book, "H");
        robot.interact(() -> window.edited(window.current(), window.document().enter(sheet, x.top(), x.left(), "2.5")));
        double h11 = ((NumberValue) sheet.value(h.top(), h.left())).value();
        assertEquals(h11, window.overTime().chart().getData().get(0).getData().get(0).getYValue().doubleValue(), 0.0);
    }

    @Test
    void theMambaChartHasAComponentPerStateEntryAndOtherWorkbooksNoChart(FxRobot robot) {
        robot.interact(() -> window.show(Document.of(Lessons.build("mamba", new LessonOptions(1)))));
        var lesson = window.document().lesson();
        assertEquals(lesson.overTime().series().size(), window.overTime().chart().getData().size());
        assertTrue(robot.lookup("#sidePanel").queryAs(javafx.scene.control.TabPane.class).getTabs().stream()
                .anyMatch(t -> t.getText().equals("Over time")));
        robot.interact(() -> window.show(Document.of(Lessons.build("mlp", new LessonOptions(1)))));
        assertFalse(robot.lookup("#sidePanel").queryAs(javafx.scene.control.TabPane.class).getTabs().stream()
                .anyMatch(t -> t.getText().equals("Over time")), "an MLP has no time axis");
    }

    @Test
    void revealModeHidesTheStepsNotReachedInTheChartAsInTheGrid(FxRobot robot) {
        robot.interact(() -> window.show(Document.of(Lessons.build("rnn", new LessonOptions(3).with("steps", 5)))));
        var chart = window.overTime().chart();
        int stageOfStep2 = -1;
        for (int i = 0; i < window.walkthrough().plan().size(); i++) {
            if (window.walkthrough().plan().stage(i).title().startsWith("t = 2")) {
                stageOfStep2 = i;
            }
        }
        int reached = stageOfStep2;
        robot.interact(() -> {
            window.walkthrough().goTo(reached);
            window.walkthrough().revealProperty().set(true);
        });
        for (XYChart.Series<Number, Number> line : chart.getData()) {
            assertEquals(2, line.getData().size(), "only h_1 and h_2 are revealed");
        }
        robot.interact(() -> window.walkthrough().revealProperty().set(false));
        for (XYChart.Series<Number, Number> line : chart.getData()) {
            assertEquals(5, line.getData().size(), "every step once reveal mode is off");
        }
    }
}
