package org.aibyhand.app.train;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.train.Trainer;

/**
 * A training run off the FX thread. The trainer owns the workbook while it steps; every 40 ms (or three times as
 * long as the window last took to catch up, so drawing never takes more than a quarter of the run) it hands the FX
 * thread what changed and waits until the window has shown it, so the sheet, the curve and the boundary are never
 * drawn from a half-written step. Cancelling stops after the step in progress; every step done stays done.
 */
final class TrainRun {
    /** How long the worker steps before the window catches up. */
    private static final long CHUNK_NANOS = 40_000_000;

    /** What the window hears, always on the FX thread. */
    interface Listener {
        void progressed(int done, int total, Set<Cell> changed);

        /** The run ended: all steps done, cancelled, or stopped by {@code error} (null when none). */
        void finished(int done, String error);
    }

    private volatile boolean cancelled;

    void cancel() {
        cancelled = true;
    }

    /** Starts {@code steps} steps on a thread of its own. */
    void start(Trainer trainer, int steps, Listener listener) {
        Thread worker = new Thread(() -> work(trainer, steps, listener), "training");
        worker.setDaemon(true);
        worker.start();
    }

    private void work(Trainer trainer, int steps, Listener listener) {
        int done = 0;
        String error = null;
        try {
            long chunk = CHUNK_NANOS;
            while (done < steps && !cancelled) {
                Set<Cell> changed = new LinkedHashSet<>();
                long start = System.nanoTime();
                while (done < steps && !cancelled && System.nanoTime() - start < chunk) {
                    changed.addAll(trainer.step());
                    done++;
                }
                int reached = done;
                long shown = System.nanoTime();
                onFxAndWait(() -> listener.progressed(reached, steps, changed));
                chunk = Math.max(CHUNK_NANOS, 3 * (System.nanoTime() - shown));
            }
        } catch (IllegalStateException | ArithmeticException stopped) {
            error = stopped.getMessage();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException unexpected) {
            error = String.valueOf(unexpected.getMessage());
        }
        int reached = done;
        String message = error;
        Platform.runLater(() -> listener.finished(reached, message));
    }

    private static void onFxAndWait(Runnable action) throws InterruptedException {
        CountDownLatch shown = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                shown.countDown();
            }
        });
        shown.await();
    }
}
