package org.aibyhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.TabPane;
import org.aibyhand.app.train.TrainPanel;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.i18n.Language;
import org.aibyhand.i18n.Texts;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.LessonTensors;
import org.aibyhand.lesson.Lessons;
import org.aibyhand.train.LessonData;
import org.aibyhand.train.OptimizerKind;
import org.aibyhand.train.ToyData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Train panel in the window: a run in the background lowers the loss and draws its curve, Explain shows a
 * weight's last update with numbers that add up, one Undo puts every parameter back, and data that cannot be used
 * leaves the open lesson as it was. Also makes the README's pictures of the panel and of a decision boundary.
 */
class TrainPanelTest extends WindowTest {
    private static final String[] PARAMETERS = {"W_1", "b_1", "W_2", "b_2"};
    private Language before;

    @BeforeEach
    void english() {
        before = Texts.language();
        Texts.setLanguage(Language.ENGLISH);
    }

    @AfterEach
    void restore() {
        Texts.setLanguage(before);
    }

    @Test
    void aRunLowersTheLossExplainShowsTheUpdateAndOneUndoPutsEveryWeightBack(FxRobot robot) throws Exception {
        Lesson lesson = Lessons.build("mlp", new LessonOptions(1));
        TrainPanel panel = show(robot, lesson);
        double[][][] start = parameters(lesson);
        double lossBefore = LessonTensors.read(lesson.workbook(), "loss")[0][0];
        robot.interact(() -> {
            panel.configure(OptimizerKind.SGD, 0.5, 300);
            panel.toggleRun();
        });
        waitForRun(robot, panel);
        double lossAfter = LessonTensors.read(lesson.workbook(), "loss")[0][0];
        assertTrue(lossAfter < lossBefore / 2, "loss " + lossBefore + " -> " + lossAfter);
        assertTrue(panel.message().contains("300"), panel.message());

        Area w1 = LessonTensors.area(lesson.workbook(), "W_1");
        robot.interact(() -> window.goTo(window.document().workbook().sheet(0), w1));
        robot.interact(() -> window.current().select(w1.top(), w1.left()));
        String update = window.explain().updateText();
        Matcher numbers = Pattern.compile("W₁\\[1,1\\]: (\\S+) − 0\\.5 × (\\S+) = (\\S+)")
                .matcher(update.replace("(", "").replace(")", "").replace('−', '-').replace(" - 0.5", " − 0.5"));
        assertTrue(numbers.find(), update);
        double weight = LessonTensors.read(lesson.workbook(), "W_1")[0][0];
        assertEquals(weight, Double.parseDouble(numbers.group(3)), Math.abs(weight) * 1e-3 + 1e-12, update);
        assertEquals(Double.parseDouble(numbers.group(1)) - 0.5 * Double.parseDouble(numbers.group(2)),
                Double.parseDouble(numbers.group(3)), 2e-3 * Math.max(1, Math.abs(weight)), "the numbers add up: " + update);

        robot.interact(() -> window.edits().undo());
        double[][][] undone = parameters(lesson);
        for (int t = 0; t < PARAMETERS.length; t++) {
            for (int i = 0; i < start[t].length; i++) {
                org.junit.jupiter.api.Assertions.assertArrayEquals(start[t][i], undone[t][i], 0.0, PARAMETERS[t] + " row " + i);
            }
        }
        assertEquals(lossBefore, LessonTensors.read(lesson.workbook(), "loss")[0][0], 0.0, "the loss is back too");
    }

    @Test
    void eachStepIsOneUndoAndResetBringsTheStartBack(FxRobot robot) {
        Lesson lesson = Lessons.build("mlp", new LessonOptions(4));
        TrainPanel panel = show(robot, lesson);
        double[][][] start = parameters(lesson);
        robot.interact(() -> {
            panel.configure(OptimizerKind.ADAM, 0.05, 10);
            panel.step();
            panel.step();
        });
        double[][][] afterTwo = parameters(lesson);
        robot.interact(() -> window.edits().undo());
        double[][][] afterOne = parameters(lesson);
        assertNotEquals(afterTwo[0][0][0], afterOne[0][0][0]);
        assertNotEquals(start[0][0][0], afterOne[0][0][0]);
        robot.interact(panel::reset);
        assertEquals(start[2][0][1], parameters(lesson)[2][0][1], 0.0);
        assertEquals(start[0][1][0], parameters(lesson)[0][1][0], 0.0);
    }

    /** A workbook that is no lesson: w in A1, loss (w − 3)² in B1, its gradient 2(w − 3) in C1, named by the user. */
    @Test
    void anyWorkbookTrainsOnceItsLossParametersAndGradientsAreNamed(FxRobot robot) {
        org.aibyhand.engine.book.Workbook book = new org.aibyhand.engine.book.Workbook();
        var sheet = book.addSheet("Fit");
        sheet.cellForWrite(0, 0).setValue(new org.aibyhand.engine.value.NumberValue(1));
        sheet.cellForWrite(0, 1).setFormula(org.aibyhand.engine.book.Formula.parse("=(A1-3)^2", 0, 1,
                org.aibyhand.engine.book.FormulaKind.PLAIN));
        sheet.cellForWrite(0, 2).setFormula(org.aibyhand.engine.book.Formula.parse("=2*(A1-3)", 0, 2,
                org.aibyhand.engine.book.FormulaKind.PLAIN));
        robot.interact(() -> {
            window.show(Document.create(book, "Fit"));
            ((TabPane) robot.lookup("#sidePanel").query()).getSelectionModel().select(1);
        });
        TrainPanel panel = (TrainPanel) robot.lookup("#trainPanel").query().getUserData();
        robot.interact(() -> {
            panel.syncDocument();
            panel.configure(OptimizerKind.SGD, 0.25, 1);
            panel.step();
        });
        assertTrue(panel.message().contains("loss"), "asks for the loss first: " + panel.message());
        assertEquals(1, sheet.cell(0, 0).number(), 0.0, "nothing moved");
        robot.interact(() -> {
            robot.lookup("#trainLoss").queryAs(javafx.scene.control.TextField.class).setText("B1");
            robot.lookup("#trainParameters").queryAs(javafx.scene.control.TextField.class).setText("A1");
            robot.lookup("#trainGradients").queryAs(javafx.scene.control.TextField.class).setText("C1");
            panel.step();
            panel.step();
        });
        // w = 1 - 0.25 * 2(1 - 3) = 2, then 2 - 0.25 * 2(2 - 3) = 2.5
        assertEquals(2.5, sheet.cell(0, 0).number(), 0.0, panel.message());
        assertEquals(0.25, sheet.cell(0, 1).number(), 0.0);
        robot.interact(() -> window.current().select(0, 0));
        assertEquals("Fit!A1: 2 − 0.25 × (−2) = 2.5", window.explain().updateText());
    }

    @Test
    void theOpenPanelFollowsASwitchOfLanguageAndKeepsWhatWasTyped(FxRobot robot) {
        TrainPanel panel = show(robot, Lessons.build("mlp", new LessonOptions(1)));
        var rate = robot.lookup("#trainRate").queryAs(javafx.scene.control.TextField.class);
        var step = robot.lookup("#trainStep").queryAs(javafx.scene.control.Button.class);
        robot.interact(() -> rate.setText("0.123"));
        assertEquals("Step", step.getText());
        robot.interact(() -> Texts.setLanguage(Language.CHINESE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Texts.in(Language.CHINESE, "train.panel.step"), step.getText());
        assertEquals("0.123", rate.getText());
        robot.interact(() -> Texts.setLanguage(Language.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Step", step.getText());
    }

    @Test
    void dataThatCannotBeUsedChangesNothing(FxRobot robot) {
        Lesson lesson = Lessons.build("mlp", new LessonOptions(1));
        TrainPanel panel = show(robot, lesson);
        Document open = window.document();
        double[][] x = LessonTensors.read(lesson.workbook(), "X");
        for (String bad : new String[] {"1,2,3\n4,5", "1,2,a", "", "5"}) {
            boolean[] used = new boolean[1];
            robot.interact(() -> used[0] = panel.useData(bad));
            assertFalse(used[0], bad);
            assertFalse(panel.message().isBlank(), "a message for " + bad);
            assertFalse(panel.message().contains("Exception"), panel.message());
            assertSame(open, window.document());
            org.junit.jupiter.api.Assertions.assertArrayEquals(x, LessonTensors.read(lesson.workbook(), "X"));
        }
        boolean[] used = new boolean[1];
        robot.interact(() -> used[0] = panel.useData("x1,x2,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0"));
        assertTrue(used[0], panel.message());
        assertEquals(4, LessonTensors.read(window.document().workbook(), "X")[0].length);
    }

    @Test
    void screenshotsOfTheLossCurveAndADecisionBoundary(FxRobot robot) throws Exception {
        TrainPanel panel = show(robot, Lessons.build("mlp", new LessonOptions(1)));
        long start = System.nanoTime();
        robot.interact(() -> {
            panel.configure(OptimizerKind.SGD, 0.5, 5000);
            panel.toggleRun();
        });
        waitForRun(robot, panel);
        System.out.printf("Train panel: 5,000 SGD steps on the MLP lesson in %.2f s, the window redrawn as it goes%n",
                (System.nanoTime() - start) / 1e9);
        shoot(robot, "train-panel");

        Lesson moons = LessonData.build("mlp", new LessonOptions(1).with("hidden", 8), ToyData.MOONS.make(40, 1));
        TrainPanel again = show(robot, moons);
        robot.interact(() -> {
            again.configure(OptimizerKind.ADAM, 0.05, 1500);
            again.toggleRun();
        });
        waitForRun(robot, again);
        robot.interact(() -> ((javafx.scene.control.ScrollPane) again.root()).setVvalue(1));
        assertTrue(robot.lookup("#decisionBoundary").query().isVisible());
        shoot(robot, "train-boundary");
    }

    @Test
    void aSavedTwoInputLessonCarriesItsDecisionBoundaryAsAPicture(@org.junit.jupiter.api.io.TempDir Path temp)
            throws Exception {
        Document circles = Document.of(LessonData.build("mlp", new LessonOptions(1), ToyData.CIRCLES.make(16, 2)));
        Path file = temp.resolve("circles.xlsx");
        circles.write(file);
        var saved = org.aibyhand.xlsx.XlsxReader.read(file).workbook();
        var drawings = saved.sheet(0).format().drawings();
        assertEquals(1, drawings.stream().filter(d -> d.object() instanceof org.aibyhand.engine.book.drawing.Picture).count());
        assertEquals(circles.workbook().plan(), saved.plan(), "the walkthrough plan is kept");
        assertEquals(circles.workbook().definedNames().size(), saved.definedNames().size(), "and every name");
        new org.aibyhand.engine.graph.Calculator(saved).recalculateAll();
        org.junit.jupiter.api.Assertions.assertArrayEquals(LessonTensors.read(circles.workbook(), "dW_1"),
                LessonTensors.read(saved, "dW_1"), "the formulas compute as before");
        Path plain = temp.resolve("mlp.xlsx");
        Document.of(Lessons.build("mlp", new LessonOptions(1))).write(plain); // three inputs: no plane to draw
        assertTrue(org.aibyhand.xlsx.XlsxReader.read(plain).workbook().sheet(0).format().drawings().stream()
                .noneMatch(d -> d.object() instanceof org.aibyhand.engine.book.drawing.Picture));
    }

    private TrainPanel show(FxRobot robot, Lesson lesson) {
        robot.interact(() -> {
            window.show(Document.of(lesson));
            ((TabPane) robot.lookup("#sidePanel").query()).getSelectionModel().select(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TrainPanel panel = (TrainPanel) robot.lookup("#trainPanel").query().getUserData();
        robot.interact(panel::syncDocument);
        return panel;
    }

    private static void waitForRun(FxRobot robot, TrainPanel panel) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> {
            boolean[] running = new boolean[1];
            robot.interact(() -> running[0] = panel.isRunning());
            return !running[0];
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static double[][][] parameters(Lesson lesson) {
        double[][][] values = new double[PARAMETERS.length][][];
        for (int t = 0; t < PARAMETERS.length; t++) {
            values[t] = LessonTensors.read(lesson.workbook(), PARAMETERS[t]);
        }
        return values;
    }

    private void shoot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path file = Screenshots.save(robot, window.root(), name);
        assertTrue(Files.size(file) > 10_000, "an empty picture: " + file);
    }
}
