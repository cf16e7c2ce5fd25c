package org.aibyhand.app.sheet;

import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.SheetLimits;

/**
 * The mouse on the sheet, as in Excel: a click selects a cell (a header its row or column, the corner the whole
 * sheet), Shift extends, a drag selects a range, a double click edits; the wheel scrolls (sideways with Shift) and
 * zooms with Ctrl; a note shows as a tooltip over its cell.
 */
final class SheetMouse {
    private final SheetCanvas sheet;
    private final Tooltip noteTip = new Tooltip();
    private String hoveredNote;

    SheetMouse(SheetCanvas sheet) {
        this.sheet = sheet;
    }

    void install() {
        sheet.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        sheet.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        sheet.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        sheet.addEventHandler(ScrollEvent.SCROLL, this::wheel);
    }

    String hoveredNote() {
        return hoveredNote;
    }

    private void pressed(MouseEvent event) {
        if (event.getTarget() == sheet.editorField()) {
            return;
        }
        event.consume(); // the tab pane around would otherwise take the focus on its way up
        sheet.requestFocus();
        if (sheet.isEditing()) {
            sheet.commitEdit();
        }
        SheetLayout layout = sheet.sheetLayout();
        int row = layout.rowAt(event.getY());
        int column = layout.columnAt(event.getX());
        if (!sheet.onGrid(event.getX(), event.getY())) {
            return; // on a scroll bar
        }
        if (row < 0 && column < 0) {
            sheet.selectRange(new Area(0, 0, SheetLimits.ROWS - 1, SheetLimits.COLUMNS - 1));
        } else if (row < 0) {
            sheet.selectRange(new Area(0, column, SheetLimits.ROWS - 1, column));
        } else if (column < 0) {
            sheet.selectRange(new Area(row, 0, row, SheetLimits.COLUMNS - 1));
        } else if (event.isShiftDown()) {
            sheet.extendTo(row, column);
        } else if (event.getButton() != MouseButton.SECONDARY || !sheet.selectedArea().contains(row, column)) {
            sheet.select(row, column);
            if (event.getClickCount() == 2) {
                sheet.startEdit(null, true);
            }
        }
    }

    private void dragged(MouseEvent event) {
        if (sheet.isEditing() || event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        SheetLayout layout = sheet.sheetLayout();
        int row = layout.rowAt(Math.max(layout.headerHeight(), event.getY()));
        int column = layout.columnAt(Math.max(layout.headerWidth(), event.getX()));
        Selection selection = sheet.selection();
        if (row >= 0 && column >= 0 && (row != selection.row() || column != selection.column())) {
            sheet.extendTo(row, column);
        }
    }

    /** Notes show as a tooltip over their cell. */
    private void moved(MouseEvent event) {
        SheetLayout layout = sheet.sheetLayout();
        int row = layout.rowAt(event.getY());
        int column = layout.columnAt(event.getX());
        String note = row < 0 || column < 0 ? null : sheet.sheet().format().note(row, column);
        if (note == null) {
            Tooltip.uninstall(sheet, noteTip);
        } else if (!note.equals(hoveredNote)) {
            noteTip.setText(note);
            Tooltip.install(sheet, noteTip);
        }
        hoveredNote = note;
    }

    private void wheel(ScrollEvent event) {
        SheetLayout layout = sheet.sheetLayout();
        if (event.isControlDown()) {
            sheet.zoomStep(event.getDeltaY() > 0 ? 1 : -1);
        } else if (event.isShiftDown() || Math.abs(event.getDeltaX()) > Math.abs(event.getDeltaY())) {
            double delta = event.getDeltaX() != 0 ? event.getDeltaX() : event.getDeltaY();
            sheet.scrollTo(layout.scrollX() - delta * 1.5 / layout.zoom(), layout.scrollY());
        } else {
            sheet.scrollTo(layout.scrollX(), layout.scrollY() - event.getDeltaY() * 1.5 / layout.zoom());
        }
        event.consume();
    }
}
