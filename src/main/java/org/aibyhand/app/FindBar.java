package org.aibyhand.app;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.aibyhand.app.sheet.Marks;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.i18n.Texts;

/**
 * Find (Ctrl+F): a bar under the formula bar. Enter finds the next cell whose value or formula holds the text,
 * Shift+Enter the previous one; the cell is selected, scrolled into view and marked; Escape closes the bar.
 */
final class FindBar {
    private final MainWindow window;
    private final TextField query = new TextField();
    private final Label count = new Label();
    private final HBox root;

    FindBar(MainWindow window) {
        this.window = window;
        query.setId("findText");
        query.setPromptText(Texts.get("window.find.prompt"));
        query.setPrefColumnCount(24);
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                find(e.isShiftDown());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        Button next = new Button(Texts.get("window.find.next"));
        next.setOnAction(e -> find(false));
        Button previous = new Button(Texts.get("window.find.previous"));
        previous.setOnAction(e -> find(true));
        Button close = new Button(Texts.get("common.close"));
        close.setOnAction(e -> close());
        count.setId("findCount");
        root = new HBox(6, new Label(Texts.get("window.find")), query, next, previous, close, count);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(2, 4, 2, 4));
        root.setId("findBar");
        root.setVisible(false);
        root.setManaged(false);
    }

    HBox root() {
        return root;
    }

    void open() {
        root.setVisible(true);
        root.setManaged(true);
        query.requestFocus();
        query.selectAll();
    }

    void close() {
        root.setVisible(false);
        root.setManaged(false);
        for (SheetView view : window.sheetViews()) {
            view.view().marks().set(Marks.Mark.FOUND, List.of());
            view.view().repaint();
        }
        if (window.current() != null) {
            window.current().view().requestFocus();
        }
    }

    /** Finds the next (or previous) match from the active cell and shows it. */
    void find(boolean backwards) {
        SheetView view = window.current();
        if (view == null) {
            return;
        }
        List<CellSearch.Hit> hits = CellSearch.all(window.document(), query.getText());
        Area at = view.selection();
        CellSearch.Hit hit = CellSearch.next(hits, view.sheet(), at.top(), at.left(), backwards);
        if (hit == null) {
            count.setText(Texts.get("window.find.none", query.getText()));
            return;
        }
        count.setText(Texts.get("window.find.position", hits.indexOf(hit) + 1, hits.size()));
        window.goTo(hit.sheet(), new Area(hit.row(), hit.column(), hit.row(), hit.column()));
        SheetView shown = window.current();
        shown.view().marks().set(Marks.Mark.FOUND, List.of(new Area(hit.row(), hit.column(), hit.row(), hit.column())));
        shown.view().repaint();
    }
}
