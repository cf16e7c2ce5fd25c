package org.aibyhand.app.sheet;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The in-cell editor, a text field laid over the active cell as Excel does it. An edit begun by typing replaces
 * the cell and lets the arrow keys commit and move (Excel's Enter mode); one begun with F2, a double click or the
 * formula bar starts from the cell's formula and lets the arrows move the caret (Edit mode; F2 switches).
 * Enter and Tab commit and move (Shift goes back), Escape cancels.
 */
final class CellEditor {
    /** What the canvas does when an edit ends. */
    interface Owner {
        /** Keeps the edit's text and moves the selection by (rows, columns). */
        void commit(String text, int rows, int columns);

        void cancel();
    }

    private final TextField field = new TextField();
    private final Owner owner;
    private boolean editing;
    private boolean caretMode;
    private int row;
    private int column;

    CellEditor(Owner owner) {
        this.owner = owner;
        field.setId("cellEditor");
        field.getStyleClass().add("cell-editor");
        field.setVisible(false);
        field.setManaged(false);
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    TextField field() {
        return field;
    }

    boolean isEditing() {
        return editing;
    }

    int row() {
        return row;
    }

    int column() {
        return column;
    }

    /**
     * Starts editing a cell with {@code text}; {@code typed} says it began by typing (Enter mode);
     * {@code focus} gives the field the keyboard (not when the formula bar is where the user types).
     */
    void start(int row, int column, String text, boolean typed, boolean focus) {
        this.row = row;
        this.column = column;
        editing = true;
        caretMode = !typed;
        field.setText(text);
        field.setVisible(true);
        if (focus) {
            field.requestFocus();
        }
        field.end();
        field.deselect();
    }

    /** Ends the edit without telling anyone (after a commit or a cancel). */
    void stop() {
        editing = false;
        field.setVisible(false);
    }

    private void keyPressed(KeyEvent event) {
        KeyCode code = event.getCode();
        if (code == KeyCode.F2) {
            caretMode = !caretMode;
        } else if (!caretMode && code.isArrowKey() && !event.isShiftDown()) {
            int rows = code == KeyCode.UP || code == KeyCode.KP_UP ? -1 : code == KeyCode.DOWN || code == KeyCode.KP_DOWN ? 1 : 0;
            int columns = code == KeyCode.LEFT || code == KeyCode.KP_LEFT ? -1 : code == KeyCode.RIGHT || code == KeyCode.KP_RIGHT ? 1 : 0;
            owner.commit(field.getText(), rows, columns);
        } else if (code == KeyCode.ENTER) {
            owner.commit(field.getText(), event.isShiftDown() ? -1 : 1, 0);
        } else if (code == KeyCode.TAB) {
            owner.commit(field.getText(), 0, event.isShiftDown() ? -1 : 1);
        } else if (code == KeyCode.ESCAPE) {
            owner.cancel();
        } else {
            return;
        }
        event.consume();
    }
}
