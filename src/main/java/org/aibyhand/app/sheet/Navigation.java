package org.aibyhand.app.sheet;

import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.ref.SheetLimits;
import org.aibyhand.engine.value.EmptyValue;

/**
 * Excel's jumps: Ctrl+arrow to the edge of the data region (the last filled cell before a gap, or the next filled
 * cell after one, or the sheet's edge) and Ctrl+End to the corner of the used range.
 */
public final class Navigation {
    private Navigation() {
    }

    /** Whether a cell holds anything: a constant, a formula, or a value spilled into it. */
    public static boolean filled(Sheet sheet, int row, int column) {
        Cell cell = sheet.cell(row, column);
        return cell != null && (cell.hasFormula() || !(cell.value() instanceof EmptyValue));
    }

    /** Where Ctrl+arrow goes from (row, column) one step of (dRow, dColumn) at a time: {row, column}. */
    public static int[] dataEdge(Sheet sheet, int row, int column, int dRow, int dColumn) {
        int r = row;
        int c = column;
        if (!inside(r + dRow, c + dColumn)) {
            return new int[] {r, c};
        }
        boolean fromFilled = filled(sheet, r, c);
        boolean nextFilled = filled(sheet, r + dRow, c + dColumn);
        if (fromFilled && nextFilled) {
            while (inside(r + dRow, c + dColumn) && filled(sheet, r + dRow, c + dColumn)) {
                r += dRow;
                c += dColumn;
            }
            return new int[] {r, c};
        }
        r += dRow;
        c += dColumn;
        int limit = dRow > 0 ? Math.max(sheet.rowLimit(), r) : Integer.MAX_VALUE;
        while (inside(r + dRow, c + dColumn) && !filled(sheet, r, c)) {
            if (dRow > 0 && r >= limit) {
                return new int[] {SheetLimits.ROWS - 1, c}; // nothing below the last used row: the sheet's edge
            }
            r += dRow;
            c += dColumn;
        }
        return new int[] {r, c};
    }

    /** The bottom-right corner of the used range: the last row and column holding anything. */
    public static int[] lastCell(Sheet sheet) {
        int lastRow = 0;
        int lastColumn = 0;
        for (Cell cell : sheet) {
            if (cell.hasFormula() || !(cell.value() instanceof EmptyValue)) {
                lastRow = Math.max(lastRow, cell.row());
                lastColumn = Math.max(lastColumn, cell.column());
            }
        }
        return new int[] {lastRow, lastColumn};
    }

    private static boolean inside(int row, int column) {
        return SheetLimits.contains(row, column);
    }
}
