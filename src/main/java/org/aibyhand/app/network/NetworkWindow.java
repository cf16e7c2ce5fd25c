package org.aibyhand.app.network;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.aibyhand.i18n.Texts;
import org.aibyhand.lesson.network.NetworkPicture;

/**
 * The network view in a window of its own, for the projector: it can fill a second screen while the grid stays
 * on the laptop. It shows the same picture as the side panel and follows the same edits, selection and stage.
 * Escape closes it.
 */
public final class NetworkWindow {
    private final Stage stage = new Stage();
    private final NetworkPanel panel = new NetworkPanel(null);

    public NetworkWindow(Window owner) {
        stage.initOwner(owner);
        Scene scene = new Scene(panel.root(), 900, 640);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.setTitle(Texts.get("network.windowTitle"));
    }

    public void close() {
        stage.close();
    }

    public void open() {
        stage.show();
        stage.toFront();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public void show(NetworkPicture picture, NetworkCells cells, boolean isLesson) {
        panel.show(picture, cells, isLesson);
    }

    public void refresh() {
        if (stage.isShowing()) {
            panel.refresh();
        }
    }

    public void relabel() {
        stage.setTitle(Texts.get("network.windowTitle"));
        panel.relabel();
    }

    public NetworkPanel panel() {
        return panel;
    }
}
