package org.aibyhand.app.sheet;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.aibyhand.engine.ref.SheetLimits;

/**
 * Excel's keyboard on the grid: arrows move (Shift extends, Ctrl jumps to the edge of the data region), Home,
 * Ctrl+Home and Ctrl+End, Page Up/Down (Alt for sideways), Enter and Tab move down and right (Shift back), F2
 * edits the cell, and typing a character starts an edit that replaces it.
 */
final class SheetKeys {
    private final SheetCanvas canvas;

    SheetKeys(SheetCanvas canvas) {
        this.canvas = canvas;
    }

    void install() {
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
        canvas.addEventHandler(KeyEvent.KEY_TYPED, this::typed);
    }

    /** A printable character typed on the grid replaces the active cell's content: Excel's Enter mode. */
    private void typed(KeyEvent event) {
        String character = event.getCharacter();
        if (canvas.isEditing() || event.getTarget() != canvas || event.isControlDown() || event.isMetaDown()
                || event.isAltDown() || character.isEmpty() || Character.isISOControl(character.charAt(0))
                || character.equals(KeyEvent.CHAR_UNDEFINED)) {
            return;
        }
        canvas.startEdit(character, true);
        event.consume();
    }

    private void pressed(KeyEvent event) {
        if (canvas.isEditing() || event.getTarget() != canvas) {
            return;
        }
        Selection selection = canvas.selection();
        boolean shift = event.isShiftDown();
        boolean control = event.isShortcutDown();
        KeyCode code = event.getCode();
        int row = selection.row();
        int column = selection.column();
        switch (code) {
            case UP, DOWN, LEFT, RIGHT, KP_UP, KP_DOWN, KP_LEFT, KP_RIGHT -> arrow(code, shift, control);
            case HOME -> go(control ? canvas.sheetLayout().frozenRows() : row,
                    control ? canvas.sheetLayout().frozenColumns() : 0, shift);
            case END -> {
                if (!control) {
                    return;
                }
                int[] last = canvas.usedCorner();
                go(last[0], last[1], shift);
            }
            case PAGE_DOWN, PAGE_UP -> {
                int pages = code == KeyCode.PAGE_DOWN ? 1 : -1;
                int step = (int) Math.max(1, canvas.viewRows() - 1) * pages;
                if (event.isAltDown()) {
                    go(row, clamp(column + pages * 10, SheetLimits.COLUMNS), shift);
                } else {
                    go(clamp(row + step, SheetLimits.ROWS), column, shift);
                }
            }
            case ENTER -> canvas.moveBy(shift ? -1 : 1, 0);
            case TAB -> canvas.moveBy(0, shift ? -1 : 1);
            case F2 -> canvas.startEdit(null, true);
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void arrow(KeyCode code, boolean shift, boolean control) {
        int dRow = code == KeyCode.UP || code == KeyCode.KP_UP ? -1 : code == KeyCode.DOWN || code == KeyCode.KP_DOWN ? 1 : 0;
        int dColumn = code == KeyCode.LEFT || code == KeyCode.KP_LEFT ? -1 : code == KeyCode.RIGHT || code == KeyCode.KP_RIGHT ? 1 : 0;
        Selection selection = canvas.selection();
        int row = selection.row();
        int column = selection.column();
        if (control) {
            int[] edge = Navigation.dataEdge(canvas.sheet(), row, column, dRow, dColumn);
            go(edge[0], edge[1], shift);
        } else if (shift) {
            Axis rows = canvas.sheetLayout().rows();
            Axis columns = canvas.sheetLayout().columns();
            go(dRow == 0 ? row : rows.nextVisible(row + dRow, dRow), dColumn == 0 ? column : columns.nextVisible(column + dColumn, dColumn), true);
        } else {
            canvas.moveBy(dRow, dColumn);
        }
    }

    private void go(int row, int column, boolean extend) {
        if (extend) {
            canvas.extendTo(row, column);
        } else {
            canvas.reveal(row, column);
        }
    }

    private static int clamp(int index, int count) {
        return Math.max(0, Math.min(count - 1, index));
    }
}
