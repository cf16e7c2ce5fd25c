package org.aibyhand.app.network;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.aibyhand.i18n.Texts;
import org.aibyhand.lesson.network.NetworkPicture;

/**
 * The network view: the picture of the open lesson, a line saying what is shown (or, for a workbook that is no
 * lesson, that there is no picture), and, in the side panel, a button that opens it in a window of its own.
 */
public final class NetworkPanel {
    private final VBox root = new VBox(4);
    private final Label note = new Label();
    private final NetworkCanvas canvas = new NetworkCanvas();
    private final Button ownWindow = new Button();
    private NetworkPicture picture;
    private NetworkCells cells;
    private boolean lesson;

    /** A panel; {@code openWindow} is what its button does, or null for a panel that is itself the window. */
    public NetworkPanel(Runnable openWindow) {
        note.setId("networkNote");
        note.setWrapText(true);
        canvas.setId("networkCanvas");
        VBox.setVgrow(canvas, Priority.ALWAYS);
        root.setPadding(new Insets(6));
        if (openWindow != null) {
            ownWindow.setId("networkOwnWindow");
            ownWindow.setOnAction(e -> openWindow.run());
            root.getChildren().add(ownWindow);
        }
        root.getChildren().addAll(note, canvas);
        root.setId("networkPanel");
        relabel();
    }

    public VBox root() {
        return root;
    }

    /**
     * Shows a lesson's picture; null for a workbook without a lesson plan, or ({@code isLesson}) a variant of a
     * lesson that has no picture yet.
     */
    public void show(NetworkPicture next, NetworkCells source, boolean isLesson) {
        picture = next;
        lesson = isLesson;
        cells = source;
        relabel();
        refresh();
    }

    /** Repaints from the cells' current values, selection, stage and reveal mode. */
    public void refresh() {
        canvas.setVisible(picture != null);
        if (cells != null) {
            canvas.paint(picture, cells);
        }
        relabel();
    }

    /** Sets every text in the current language. */
    public void relabel() {
        ownWindow.setText(Texts.get("network.ownWindow"));
        if (picture == null) {
            note.setText(Texts.get(lesson ? "network.variant" : "network.none"));
        } else {
            boolean backward = canvas.frame() != null && canvas.frame().backward;
            note.setText(Texts.get(backward ? "network.backward" : "network.shown")
                    + (picture.cut() ? " " + Texts.get("network.cut") : ""));
        }
    }

    public boolean hasPicture() {
        return picture != null;
    }

    public String noteText() {
        return note.getText();
    }

    /** Test access to what the last paint showed. */
    NetworkCanvas canvas() {
        return canvas;
    }
}
