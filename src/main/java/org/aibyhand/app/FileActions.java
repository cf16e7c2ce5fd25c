package org.aibyhand.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.xlsx.WorkbookFormatException;
import org.aibyhand.i18n.Texts;

/**
 * New, Open (dialog, recent files, drag and drop), Save and Save As. Loading and saving run off the UI thread
 * with the busy indicator on; unsaved changes are never dropped without asking; a file that cannot be read
 * gives a dialog that names the problem and the app goes on.
 */
final class FileActions {
    /** Deep chains of formulas evaluate on threads with a generous stack. */
    private static final long WORKER_STACK = 64L << 20;

    private final MainWindow window;
    private final RecentFiles recent = RecentFiles.forUser();

    FileActions(MainWindow window) {
        this.window = window;
    }

    void newWorkbook() {
        if (confirmDiscard()) {
            Workbook book = new Workbook();
            book.addSheet("Sheet1");
            window.show(Document.create(book, "Book1"));
        }
    }

    /** File > New Lesson...: builds the chosen lesson in the background and shows it. */
    void newLesson() {
        if (!confirmDiscard()) {
            return;
        }
        new NewLessonDialog(window.stage()).ask().ifPresent(choice -> runInBackground(
                Texts.get("status.building", choice.kind()), () -> Document.ofLesson(choice.kind(), choice.options()),
                window::show, problem -> error(Texts.get("dialog.file.cannotBuild"), problem)));
    }

    void open() {
        if (!confirmDiscard()) {
            return;
        }
        FileChooser chooser = chooser(Texts.get("dialog.file.openTitle"));
        File file = chooser.showOpenDialog(window.stage());
        if (file != null) {
            openFile(file.toPath());
        }
    }

    /** Opens a file in the background; the window shows it when it is read and computed. */
    void openFile(Path file) {
        runInBackground(Texts.get("status.opening", file.getFileName()), () -> Document.openComputingLater(file), document -> {
            recent.add(file);
            window.show(document);
            window.setStatus(Texts.get("status.opened", file.getFileName()));
        }, problem -> error(Texts.get("dialog.file.cannotOpen", file.getFileName()), problem));
    }

    void fillRecent(Menu menu) {
        menu.getItems().clear();
        List<Path> files = recent.list();
        for (Path file : files) {
            MenuItem item = new MenuItem(recentLabel(file));
            item.setOnAction(e -> openRecent(file));
            menu.getItems().add(item);
        }
        menu.setDisable(files.isEmpty());
    }

    /** A recent file as listed: its name, then its folder. */
    static String recentLabel(Path file) {
        return file.getFileName() + "  (" + file.getParent() + ")";
    }

    /** Opens a file picked from a list, once unsaved changes are dealt with. */
    void openRecent(Path file) {
        if (confirmDiscard()) {
            openFile(file);
        }
    }

    void save() {
        Path file = window.document().file();
        if (file == null) {
            saveAs();
        } else {
            saveTo(file, null);
        }
    }

    void saveAs() {
        FileChooser chooser = chooser(Texts.get("dialog.file.saveTitle"));
        chooser.setInitialFileName(window.document().name() + ".xlsx");
        File file = chooser.showSaveDialog(window.stage());
        if (file != null) {
            Path target = file.toPath();
            saveTo(withExtension(target), null);
        }
    }

    /** Saves in the background; {@code then} runs on the UI thread after a successful save. */
    void saveTo(Path target, Runnable then) {
        Document document = window.document();
        runInBackground(Texts.get("status.saving", target.getFileName()), () -> {
            document.write(target);
            return document;
        }, saved -> {
            document.savedAs(target);
            recent.add(target);
            window.updateTitle();
            window.setStatus(Texts.get("status.saved", target));
            if (then != null) {
                then.run();
            }
        }, problem -> error(Texts.get("dialog.file.cannotSave", target.getFileName()), problem));
    }

    void exit() {
        if (confirmDiscard()) {
            Platform.exit();
        }
    }

    /**
     * Asks what to do with unsaved changes: true to go on (saved or discarded), false to stay. Saving here
     * waits for the save to finish.
     */
    boolean confirmDiscard() {
        Document document = window.document();
        if (document == null || !document.isModified()) {
            return true;
        }
        ButtonType save = DialogButtons.save();
        ButtonType discard = DialogButtons.discard();
        ButtonType cancel = DialogButtons.cancel();
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, Texts.get("dialog.file.saveChanges", document.name()),
                save, discard, cancel);
        ask.setHeaderText(Texts.get("dialog.file.unsaved"));
        ask.setTitle(Texts.get("dialog.file.unsaved"));
        ask.initOwner(window.stage());
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return false;
        }
        if (answer.get() == discard) {
            return true;
        }
        if (document.file() == null) {
            saveAs();
            return !document.isModified();
        }
        try {
            document.write(document.file());
            document.savedAs(document.file());
            return true;
        } catch (IOException failed) {
            error(Texts.get("dialog.file.cannotSave", document.name()), failed);
            return false;
        }
    }

    void installDragAndDrop(Scene scene) {
        scene.setOnDragOver(event -> {
            Dragboard board = event.getDragboard();
            if (board.hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            Dragboard board = event.getDragboard();
            boolean accepted = board.hasFiles() && !board.getFiles().isEmpty();
            if (accepted && confirmDiscard()) {
                openFile(board.getFiles().get(0).toPath());
            }
            event.setDropCompleted(accepted);
            event.consume();
        });
    }

    /** Saves a copy with the chosen stages blank and self-check cells, for students. */
    void exportExercise() {
        var choice = ExerciseDialog.ask(window, window.walkthrough().plan());
        if (choice.isEmpty()) {
            return;
        }
        FileChooser chooser = chooser(Texts.get("dialog.exercise.title"));
        chooser.setInitialFileName(Texts.get("dialog.exercise.fileName", window.document().name()));
        File chosen = chooser.showSaveDialog(window.stage());
        if (chosen == null) {
            return;
        }
        Path target = withExtension(chosen.toPath());
        Document document = window.document();
        runInBackground(Texts.get("status.exporting", target.getFileName()),
                () -> ExerciseDialog.write(document, choice.get(), target),
                summary -> window.setStatus(Texts.get("status.exported", target, summary.blanked(),
                        String.join(", ", summary.checkTables()))),
                problem -> error(Texts.get("dialog.exercise.failed"), problem));
    }

    private static Path withExtension(Path target) {
        return target.toString().toLowerCase().endsWith(".xlsx") ? target : Path.of(target + ".xlsx");
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("dialog.file.filter"), "*.xlsx"));
        Path current = window.document().file();
        if (current != null && current.getParent() != null && Files.isDirectory(current.getParent())) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        return chooser;
    }

    <T> void runInBackground(String message, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        window.setBusy(true, message);
        task.setOnSucceeded(e -> {
            window.setBusy(false, "");
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            window.setBusy(false, "");
            failed.accept(task.getException());
        });
        Thread worker = new Thread(null, task, "ai-by-hand-files", WORKER_STACK);
        worker.setDaemon(true);
        worker.start();
    }

    /** A dialog that names the problem in a sentence, never a stack trace. */
    void error(String header, Throwable problem) {
        String message = problem instanceof WorkbookFormatException || problem instanceof IOException
                ? problem.getMessage() : Texts.get("dialog.file.unexpected", problem);
        Alert alert = new Alert(Alert.AlertType.ERROR, message == null ? problem.toString() : message,
                DialogButtons.close());
        alert.setHeaderText(header);
        alert.setTitle(Texts.get("dialog.file.problem"));
        alert.initOwner(window.stage());
        alert.show();
        window.setStatus(header);
    }
}
