package org.aibyhand.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.xlsx.SharedWorkbooks;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the real window on real workbooks, for the README: written to target/screenshots, or to
 * screenshots/ with {@code -Dscreenshots.dir=screenshots} (see the README).
 */
class ScreenshotsTest extends WindowTest {

    private void open(FxRobot robot, String name) throws Exception {
        open(robot, SharedWorkbooks.get(name));
    }

    private void shoot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path file = Screenshots.save(robot, window.root(), name);
        assertTrue(Files.size(file) > 10_000, "an empty picture: " + file);
    }

    @Test
    void lessonsInTheWindow(FxRobot robot) throws Exception {
        for (String kind : org.aibyhand.lesson.Lessons.KINDS) {
            robot.interact(() -> window.show(Document.of(org.aibyhand.lesson.Lessons.build(kind,
                    new org.aibyhand.lesson.LessonOptions(1)))));
            shoot(robot, "lesson-" + kind);
        }
    }

    /** The network view in its own window: the MLP, the LSTM unrolled in time, attention with its weights. */
    @Test
    void networkViews(FxRobot robot) throws Exception {
        for (String kind : new String[] {"mlp", "lstm", "attention"}) {
            robot.interact(() -> {
                window.show(Document.of(org.aibyhand.lesson.Lessons.build(kind, new org.aibyhand.lesson.LessonOptions(1))));
                window.network().openWindow();
            });
            WaitForAsyncUtils.waitForFxEvents();
            Path file = Screenshots.save(robot, window.network().ownWindow().panel().root(), "network-" + kind);
            assertTrue(Files.size(file) > 10_000, "an empty picture: " + file);
        }
        robot.interact(() -> {
            window.show(Document.of(org.aibyhand.lesson.Lessons.build("mlp", new org.aibyhand.lesson.LessonOptions(1))));
            window.walkthrough().revealProperty().set(true);
            window.walkthrough().goTo(stage("dW₂"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Path file = Screenshots.save(robot, window.network().ownWindow().panel().root(), "network-mlp-backward");
        assertTrue(Files.size(file) > 10_000, "an empty picture: " + file);
    }

    /** A walkthrough mid-way, in reveal mode: the MLP's backward pass, and Mamba's scan at t = 2. */
    @Test
    void walkthroughsMidWay(FxRobot robot) throws Exception {
        robot.interact(() -> window.show(Document.of(org.aibyhand.lesson.Lessons.build("mlp",
                new org.aibyhand.lesson.LessonOptions(1)))));
        robot.interact(() -> {
            window.walkthrough().revealProperty().set(true);
            window.walkthrough().goTo(stage("Backward: dZ₂"));
        });
        shoot(robot, "walkthrough-mlp-backward");
        robot.interact(() -> window.show(Document.of(org.aibyhand.lesson.Lessons.build("mamba",
                new org.aibyhand.lesson.LessonOptions(1)))));
        robot.interact(() -> {
            window.walkthrough().revealProperty().set(true);
            window.walkthrough().goTo(stage("t = 2: h₂"));
            var side = (javafx.scene.control.TabPane) robot.lookup("#sidePanel").query();
            side.getSelectionModel().select(1);
            window.overTime().setStep(2);
        });
        shoot(robot, "walkthrough-mamba-t2");
    }

    /** The given workbooks as {@code render} paints them: cells, shapes, equations and charts. */
    @Test
    void renderedWorkbooks() throws Exception {
        String[][] jobs = {
            {"Backpropgation.xlsx", "Backprop", "render-backpropagation"},
            {"Multi-Layer Perceptron.xlsx", "medium", "render-multi-layer-perceptron"},
            {"LeakyReLU.xlsx", "ReLU vs. LeakyReLU", "render-leakyrelu"},
            {"RNN.xlsx", "small", "render-rnn"},
            {"Self-Attention.xlsx", "small", "render-self-attention"},
        };
        Path folder = Files.createDirectories(Screenshots.folder());
        for (String[] job : jobs) {
            Path out = folder.resolve(job[2] + ".png");
            String line = RenderJob.run(new RenderJob.Request(SharedWorkbooks.get(job[0]), out, job[1], null, null, false));
            assertTrue(line.startsWith("render " + job[1] + "!"), line);
            assertTrue(Files.size(out) > 10_000, "an empty picture: " + out);
        }
    }

    @Test
    void realWorkbooksInTheWindow(FxRobot robot) throws Exception {
        open(robot, "Backpropgation.xlsx");
        robot.interact(() -> window.current().select(23, 12)); // M24, a layer-2 pre-activation: outlines its inputs
        shoot(robot, "backpropagation");
        Sheet sheet = window.document().workbook().sheet("Backprop");
        robot.interact(() -> window.edited(window.current(), window.document().enter(sheet, 2, 2, "FALSE"))); // C3 off
        shoot(robot, "backpropagation-backward-hidden");
        open(robot, "Multi-Layer Perceptron.xlsx");
        shoot(robot, "multi-layer-perceptron");
        open(robot, "Temperature.xlsx");
        shoot(robot, "temperature");
        open(robot, "Transformer-Full-Stack.xlsx");
        robot.interact(() -> window.current().reveal(40, 25));
        shoot(robot, "transformer");
    }
}
