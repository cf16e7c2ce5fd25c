package org.aibyhand.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;

/** The JavaFX application: one main window, on the MLP lesson or on a file named on the command line. */
public final class AiByHandApp extends Application {

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(stage, Document.of(Lessons.build("mlp", new LessonOptions(1))));
        stage.show();
        var arguments = getParameters().getUnnamed();
        if (!arguments.isEmpty()) {
            window.files().openFile(Path.of(arguments.get(0)));
        }
    }
}
