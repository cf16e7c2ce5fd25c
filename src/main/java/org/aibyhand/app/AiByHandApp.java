package org.aibyhand.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: one main window, on the built-in workbook or on a file named on the command line. */
public final class AiByHandApp extends Application {

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(stage, Document.create(WelcomeWorkbook.create(), "Neuron"));
        stage.show();
        var arguments = getParameters().getUnnamed();
        if (!arguments.isEmpty()) {
            window.files().openFile(Path.of(arguments.get(0)));
        }
    }
}
