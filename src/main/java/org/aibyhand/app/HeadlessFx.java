package org.aibyhand.app;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;

/**
 * JavaFX without a desktop: the headless Monocle platform with software rendering, started once per process,
 * so commands such as {@code render} paint with the same code as the window on a machine with no display.
 */
public final class HeadlessFx {
    /** Held so the logger, and the level set on it, are not collected before JavaFX logs. */
    private static final java.util.logging.Logger PLATFORM_LOG =
            java.util.logging.Logger.getLogger("javafx");
    private static boolean started;

    private HeadlessFx() {
    }

    /** Runs work on the JavaFX thread of a headless platform (started on first use) and returns its result. */
    public static synchronized <T> T call(Callable<T> work) throws Exception {
        if (!started) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("java.awt.headless", "true");
            // JavaFX warns that it was loaded from the class path, which is how the jar is meant to run
            PLATFORM_LOG.setLevel(java.util.logging.Level.SEVERE);
            try {
                Platform.startup(() -> { });
            } catch (IllegalStateException alreadyRunning) {
                // a platform is already up (inside the app or a test): use it
            }
            Platform.setImplicitExit(false);
            started = true;
        }
        if (Platform.isFxApplicationThread()) {
            return work.call();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        });
        try {
            return result.get();
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            throw cause instanceof Exception e ? e : new IllegalStateException(cause);
        }
    }
}
