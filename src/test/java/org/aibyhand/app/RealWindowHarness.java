package org.aibyhand.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.ref.CellAddress;

/**
 * The real app in a real window, for tests that drive it with the desktop's own key and mouse events (xdotool
 * under Xvfb). It opens the file named on its command line and answers questions about what the window holds on
 * standard input, one per line, each answer a line starting with {@code = }:
 * {@code where A1} (the cell's centre on the screen), {@code selected}, {@code editing}, {@code value A1},
 * {@code values} (every cell of the sheet as {@code A1 value}, then {@code end}), {@code title}, {@code zoom},
 * {@code formulaBar}, {@code quit}.
 */
public final class RealWindowHarness {
    private static MainWindow window;

    private RealWindowHarness() {
    }

    /** Not an Application itself, so that JavaFX on the class path starts (as the app's own launcher does). */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window, on the file named first on the command line. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            Path file = Path.of(getParameters().getUnnamed().get(0));
            window = new MainWindow(stage, Document.open(file));
            stage.setX(0);
            stage.setY(0);
            stage.show();
            Thread questions = new Thread(RealWindowHarness::answer, "questions");
            questions.setDaemon(true);
            questions.start();
            System.out.println("= ready");
        }
    }

    private static void answer() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String question = line.trim();
                CompletableFuture<String> answer = new CompletableFuture<>();
                Platform.runLater(() -> {
                    try {
                        answer.complete(ask(question));
                    } catch (RuntimeException failed) {
                        answer.complete("error " + failed);
                    }
                });
                System.out.println("= " + answer.get());
                System.out.flush();
                if (question.equals("quit")) {
                    Platform.exit();
                    return;
                }
            }
        } catch (Exception ended) {
            Platform.exit();
        }
    }

    private static String ask(String question) {
        String[] words = question.split(" ", 2);
        SheetView view = window.current();
        Sheet sheet = view.sheet();
        switch (words[0]) {
            case "where": {
                CellAddress at = CellAddress.parse(words[1]);
                var layout = view.view().sheetLayout();
                Point2D screen = view.view().localToScreen(layout.columnX(at.column()) + layout.columnWidth(at.column()) / 2,
                        layout.rowY(at.row()) + layout.rowHeight(at.row()) / 2);
                return Math.round(screen.getX()) + " " + Math.round(screen.getY());
            }
            case "selected":
                return new CellAddress(view.view().selection().row(), view.view().selection().column()).toA1();
            case "editing":
                return String.valueOf(view.view().isEditing());
            case "value": {
                CellAddress at = CellAddress.parse(words[1]);
                return String.valueOf(sheet.value(at.row(), at.column()));
            }
            case "values": {
                StringBuilder all = new StringBuilder();
                for (Cell cell : sheet) {
                    all.append(new CellAddress(cell.row(), cell.column()).toA1()).append(' ').append(cell.value()).append('\t');
                }
                return all.toString();
            }
            case "title":
                return window.stage().getTitle();
            case "focused":
                return window.stage().isFocused() + " " + window.stage().getScene().getFocusOwner();
            case "findText":
                return ((javafx.scene.control.TextField) window.root().lookup("#findText")).getText();
            case "zoom":
                return String.valueOf(view.view().zoom());
            case "formulaBar":
                return ((javafx.scene.control.TextField) window.root().lookup("#formulaBar")).getText();
            case "quit":
                return "bye";
            default:
                return "unknown question " + question;
        }
    }
}
