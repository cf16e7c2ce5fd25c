package org.aibyhand.app;

import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.spreadsheet.SpreadsheetCellEditor;
import org.controlsfx.control.spreadsheet.SpreadsheetView;

/**
 * In-cell editing as in Excel: the edit starts from the cell's formula (not its value); Enter, Tab and, when
 * the edit began by typing, the arrow keys commit; Escape cancels. F2 edits with the arrows moving the caret.
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
            endEdit(true); // the grid then moves the selection with the same key
        } else if (code == KeyCode.ENTER || code == KeyCode.TAB) {
            var at = grid.getEditingCell();
            endEdit(true);
            event.consume();
            if (at != null) { // Enter moves down, Tab right (Shift goes back), as in Excel
                int step = event.isShiftDown() ? -1 : 1;
                int row = code == KeyCode.ENTER ? at.getRow() + step : at.getRow();
                int column = code == KeyCode.TAB ? at.getColumn() + step : at.getColumn();
                if (row >= 0 && row < grid.getGrid().getRowCount() && column >= 0 && column < grid.getColumns().size()) {
                    grid.getSelectionModel().clearAndSelect(row, grid.getColumns().get(column));
                }
            }
        } else if (code == KeyCode.ESCAPE) {
            cancel();
            event.consume();
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
