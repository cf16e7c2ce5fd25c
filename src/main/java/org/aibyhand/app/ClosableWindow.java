package org.aibyhand.app;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.aibyhand.i18n.Texts;

/**
 * The app's own windows (help, welcome, gradient check, comparison) close the way dialogs do: with Escape and
 * with a Close button at the bottom right, so a teacher at a projector never hunts for the title bar.
 */
final class ClosableWindow {
    private ClosableWindow() {
    }

    /** A window owned by {@code owner} showing {@code content} above a Close button. */
    static Stage create(Window owner, String title, Node content, double width, double height) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(title);
        stage.setScene(new Scene(withCloseButton(stage, content), width, height));
        closeOnEscape(stage);
        return stage;
    }

    /** {@code content} with a bar holding the Close button (id {@code closeButton}) below it. */
    static Parent withCloseButton(Stage stage, Node content) {
        Button close = new Button(Texts.get("common.close"));
        close.setId("closeButton");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(6, 10, 10, 10));
        BorderPane root = new BorderPane(content);
        root.setBottom(buttons);
        InterfaceFont.apply(root);
        return root;
    }

    /** Escape anywhere in the window closes it, even while a text field has the focus. */
    static void closeOnEscape(Stage stage) {
        stage.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
                event.consume();
            }
        });
    }
}
