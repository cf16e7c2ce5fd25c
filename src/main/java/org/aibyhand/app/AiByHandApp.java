package org.aibyhand.app;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.aibyhand.i18n.Texts;
import org.aibyhand.lesson.LessonOptions;

/**
 * The JavaFX application: one main window, in the language chosen before (else the system's). A file named on
 * the command line opens directly; without one the MLP lesson shows under the welcome page.
 */
public final class AiByHandApp extends Application {

    @Override
    public void start(Stage stage) {
        LanguageSwitch.applySaved();
        List<String> arguments = getParameters().getUnnamed();
        Path file = arguments.isEmpty() ? null : Path.of(arguments.get(0));
        Document first;
        String problem = null;
        try {
            first = firstDocument(file);
        } catch (Exception unreadable) {
            first = Document.ofLesson("mlp", new LessonOptions(1));
            problem = unreadable.getMessage() == null ? unreadable.toString() : unreadable.getMessage();
        }
        MainWindow window = new MainWindow(stage, first);
        stage.show();
        if (problem != null) {
            window.files().error(Texts.get("dialog.file.cannotOpen", file.getFileName()), new java.io.IOException(problem));
        } else if (file == null) {
            WelcomePage.show(window);
        }
    }

    /** The document the window opens on: the file named on the command line, read at once, else the MLP lesson. */
    static Document firstDocument(Path file) throws Exception {
        if (file == null) {
            return Document.ofLesson("mlp", new LessonOptions(1));
        }
        Document document = Document.open(file);
        RecentFiles.forUser().add(file);
        return document;
    }
}
