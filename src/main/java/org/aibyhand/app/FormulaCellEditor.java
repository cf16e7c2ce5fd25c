package org.aibyhand.app;

import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.spreadsheet.SpreadsheetCellEditor;
import org.controlsfx.control.spreadsheet.SpreadsheetView;

/**
 * In-cell editing as in Excel: the edit starts from the cell's formula (not its value); Enter, Tab and, when
 * the edit began by typing, the arrow keys commit and move; Escape cancels. F2 switches the arrows to moving
 * the caret.
 */
final class FormulaCellEditor extends SpreadsheetCellEditor {
    private final SpreadsheetView grid;
    private final TextField field = new TextField();
    private boolean caretMode;
    private String typedAhead;
    private boolean cancelled;

    FormulaCellEditor(SpreadsheetView view) {
        super(view);
        this.grid = view;
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /** The next edit begins by typing {@code text}, which replaces the cell's content (Excel's Enter mode). */
    void typeAhead(String text) {
        typedAhead = text;
    }

    /** Starts editing from the cell's content (F2, double click) or from what was typed. */
    @Override
    public void startEdit(Object value, String format, Object... options) {
        boolean typed = typedAhead != null;
        String text = typed ? typedAhead : value instanceof Shown shown ? shown.input().get() : value == null ? "" : value.toString();
        typedAhead = null;
        cancelled = false;
        caretMode = !typed;
        field.setText(text);
        field.requestFocus();
        field.end();
    }

    private void keyPressed(KeyEvent event) {
        KeyCode code = event.getCode();
        if (code == KeyCode.F2) {
            caretMode = !caretMode;
            event.consume();
        } else if (!caretMode && (code == KeyCode.UP || code == KeyCode.DOWN || code == KeyCode.LEFT || code == KeyCode.RIGHT)) {
            int rows = code == KeyCode.UP ? -1 : code == KeyCode.DOWN ? 1 : 0;
            commitAndMove(rows, code == KeyCode.LEFT ? -1 : code == KeyCode.RIGHT ? 1 : 0);
            event.consume();
        } else if (code == KeyCode.ENTER || code == KeyCode.TAB) { // Enter moves down, Tab right; Shift goes back
            int step = event.isShiftDown() ? -1 : 1;
            commitAndMove(code == KeyCode.ENTER ? step : 0, code == KeyCode.TAB ? step : 0);
            event.consume();
        } else if (code == KeyCode.ESCAPE) {
            cancel();
            event.consume();
        }
    }

    /** Keeps the edit and selects the cell {@code rows} down and {@code columns} right of it, inside the grid. */
    private void commitAndMove(int rows, int columns) {
        var at = grid.getEditingCell();
        endEdit(true);
        if (at != null) {
            int row = at.getRow() + rows;
            int column = at.getColumn() + columns;
            if (row >= 0 && row < grid.getGrid().getRowCount() && column >= 0 && column < grid.getColumns().size()) {
                grid.getSelectionModel().clearAndSelect(row, grid.getColumns().get(column));
            }
        }
    }

    /**
     * Ends the edit without keeping it. The grid may still report the text as committed when the field loses
     * focus; {@link #wasCancelled()} tells the sheet to ignore that.
     */
    void cancel() {
        cancelled = true;
        endEdit(false);
    }

    boolean wasCancelled() {
        return cancelled;
    }

    @Override
    public Control getEditor() {
        return field;
    }

    @Override
    public String getControlValue() {
        return field.getText();
    }

    @Override
    public void end() {
        field.setText("");
    }
}
