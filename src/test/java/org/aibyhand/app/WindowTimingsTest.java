package org.aibyhand.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.xlsx.SharedWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Prints how long the window takes to paint its first grid, to open the largest given workbook, and to repaint
 * the dependents of an edit on Multi-Layer Perceptron.xlsx. It measures; it asserts nothing about speed.
 */
@ExtendWith(ApplicationExtension.class)
class WindowTimingsTest {
    private MainWindow window;
    private long startedAt;
    private final AtomicLong firstPaint = new AtomicLong();

    @Start
    void start(Stage stage) {
        startedAt = System.nanoTime();
        window = new MainWindow(stage, Document.create(WelcomeWorkbook.create(), "Neuron"));
        stage.getScene().addPostLayoutPulseListener(() -> firstPaint.compareAndSet(0, System.nanoTime()));
        stage.show();
    }

    /** Nanoseconds from {@code action} (run on the UI thread) to the end of the next layout pulse after it. */
    private long untilPainted(Runnable action) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        CountDownLatch painted = new CountDownLatch(1);
        long[] began = new long[1];
        Platform.runLater(() -> {
            began[0] = System.nanoTime();
            action.run();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                done.set(System.nanoTime());
                window.stage().getScene().removePostLayoutPulseListener(listener[0]);
                painted.countDown();
            };
            window.stage().getScene().addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        assertTrue(painted.await(60, TimeUnit.SECONDS));
        return done.get() - began[0];
    }

    @Test
    void printsTheFigures(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        System.out.printf("window: first painted grid %.0f ms after the window was created%n", (firstPaint.get() - startedAt) / 1e6);

        long openStart = System.nanoTime();
        Document before = window.document();
        robot.interact(() -> window.files().openFile(SharedWorkbooks.get("Transformer-Full-Stack.xlsx")));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.document() != before);
        long shown = untilPainted(() -> { });
        System.out.printf("window: Transformer-Full-Stack.xlsx (4,583 computed cells) open and painted in %.0f ms%n",
                (System.nanoTime() - openStart) / 1e6);
        assertTrue(shown > 0);

        Document previous = window.document();
        robot.interact(() -> window.files().openFile(SharedWorkbooks.get("Multi-Layer Perceptron.xlsx")));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.document() != previous);
        Sheet sheet = window.document().workbook().sheet("large");
        long[] best = {Long.MAX_VALUE};
        for (int i = 0; i < 20; i++) {
            String weight = String.valueOf(0.1 * (i % 5) - 0.2);
            long nanos = untilPainted(() -> window.edited(window.current(), window.document().enter(sheet, 13, 4, weight)));
            best[0] = Math.min(best[0], nanos);
        }
        System.out.printf("window: edit of weight E14 on Multi-Layer Perceptron 'large' (all 700 downstream cells) to repainted dependents: %.1f ms (best of 20)%n",
                best[0] / 1e6);
    }
}
