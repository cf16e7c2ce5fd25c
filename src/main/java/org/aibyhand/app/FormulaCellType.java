package org.aibyhand.app;

import org.controlsfx.control.spreadsheet.SpreadsheetCell;
import org.controlsfx.control.spreadsheet.SpreadsheetCellBase;
import org.controlsfx.control.spreadsheet.SpreadsheetCellEditor;
import org.controlsfx.control.spreadsheet.SpreadsheetCellType;
import org.controlsfx.control.spreadsheet.SpreadsheetView;

/**
 * The one cell type of the grid: cells hold {@link Shown} items and accept any typed text, which the
 * document then reads as a formula or a constant.
 */
final class FormulaCellType extends SpreadsheetCellType<Object> {
    static final FormulaCellType INSTANCE = new FormulaCellType();

    private FormulaCellType() {
    }

    SpreadsheetCell createCell(int row, int column, Shown shown) {
        SpreadsheetCell cell = new SpreadsheetCellBase(row, column, 1, 1, this);
        cell.setItem(shown);
        return cell;
    }

    @Override
    public SpreadsheetCellEditor createEditor(SpreadsheetView view) {
        return new FormulaCellEditor(view);
    }

    @Override
    public String toString(Object item) {
        return item == null ? "" : item.toString();
    }

    @Override
    public boolean match(Object value, Object... options) {
        return true;
    }

    @Override
    public Object convertValue(Object value) {
        return value;
    }
}
