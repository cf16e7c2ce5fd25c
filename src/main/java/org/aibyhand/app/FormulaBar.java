package org.aibyhand.app;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.walkthrough.Ranges;
import org.aibyhand.i18n.Texts;

/**
 * The name box and the formula bar: the name box jumps to a cell, range or name; the formula bar shows the
 * selected cell's input and edits it, in step with the cell's own editor.
 */
final class FormulaBar {
    private final MainWindow window;
    private final TextField nameBox = new TextField();
    private final TextField formulaBar = new TextField();
    private final HBox root;

    FormulaBar(MainWindow window) {
        this.window = window;
        nameBox.setPrefColumnCount(8);
        nameBox.setId("nameBox");
        nameBox.setOnAction(e -> goTo(nameBox.getText()));
        formulaBar.setId("formulaBar");
        HBox.setHgrow(formulaBar, Priority.ALWAYS);
        formulaBar.setOnAction(e -> commitFormulaBar());
        formulaBar.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && window.current() != null) {
                window.current().view().cancelEdit();
                window.showSelection();
                window.current().view().requestFocus();
            }
        });
        formulaBar.textProperty().addListener((o, was, now) -> formulaBarTyped());
        root = new HBox(6, nameBox, new Label(Texts.get("window.fx")), formulaBar);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(4));
    }

    HBox root() {
        return root;
    }

    /** While a cell of {@code view} is edited in place, the bar shows what is typed there. */
    void follow(SheetView view) {
        view.view().editorText().addListener((o, was, now) -> {
            if (view.view().isEditing() && !formulaBar.isFocused()) {
                formulaBar.setText(now);
            }
        });
    }

    /**
     * Shows the selected area in the name box and its top-left cell's input in the bar; false while the cell
     * is being edited (the bar then shows the editor's text and nothing else needs updating).
     */
    boolean showSelection(SheetView view, Area area) {
        Area merge = view.view().mergeAt(area.top(), area.left());
        boolean oneCell = area.rows() == 1 && area.columns() == 1 || area.equals(merge);
        nameBox.setText(oneCell ? area.topLeft().toA1() : area.toA1());
        if (view.view().isEditing()) {
            if (!formulaBar.isFocused()) {
                formulaBar.setText(view.view().editorText().get());
            }
            return false;
        }
        formulaBar.setText(window.document().inputText(view.sheet(), area.top(), area.left()));
        return true;
    }

    /** Enter in the formula bar keeps the edit, as the in-cell editor's Enter does, and stays on the cell. */
    private void commitFormulaBar() {
        SheetView view = window.current();
        if (view == null) {
            return;
        }
        if (view.view().isEditing()) {
            view.view().editorText().set(formulaBar.getText());
            view.view().commitEdit();
        } else {
            Area area = view.selection();
            window.edited(view, window.document().enter(view.sheet(), area.top(), area.left(), formulaBar.getText()));
        }
        view.view().requestFocus();
    }

    /**
     * Typing in the formula bar edits the active cell: the cell shows the same text as it is typed, and the
     * cell's editor and the bar stay in step both ways until Enter or Escape.
     */
    private void formulaBarTyped() {
        SheetView view = window.current();
        if (view == null || !formulaBar.isFocused()) {
            return;
        }
        if (!view.view().isEditing()) {
            view.view().startEdit(null, false);
        }
        if (!view.view().editorText().get().equals(formulaBar.getText())) {
            view.view().editorText().set(formulaBar.getText());
        }
    }

    /** The name box: a cell such as B7, a range, Sheet!A1, or a defined name. */
    private void goTo(String target) {
        ReferenceValue range;
        try {
            range = Ranges.resolve(window.document().workbook(),
                    window.current() == null ? null : window.current().sheet(), target);
        } catch (IllegalArgumentException unknown) {
            window.setStatus(Texts.get("status.noSuchName", target));
            return;
        }
        Area area = new Area(range.top(), range.left(), range.bottom(), range.right());
        window.goTo(window.document().workbook().sheet(range.sheet()), area);
        if (area.rows() > 1 || area.columns() > 1) {
            window.current().view().selectRange(area);
        }
        window.current().view().requestFocus();
    }
}
