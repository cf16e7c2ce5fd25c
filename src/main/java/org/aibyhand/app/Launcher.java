package org.aibyhand.app;

import javafx.application.Application;

/**
 * Starts the app. A plain class, not an Application, so that {@code java -jar} on the bundled jar finds the
 * JavaFX classes on the class path instead of demanding them as modules.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void launch(String... args) {
        Application.launch(AiByHandApp.class, args);
    }
}
