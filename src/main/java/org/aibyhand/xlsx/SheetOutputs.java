package org.aibyhand.xlsx;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.EmptyValue;

/**
 * The engine's cells that put something in the file, in reading order (the order the sheet iterates in), one
 * row at a time: formulas, constants, and the computed non-anchor cells of spill and legacy array ranges.
 */
final class SheetOutputs {
    /** One cell to write; {@code computed} marks a non-anchor cell of a spill or array range. */
    record Output(Cell cell, boolean computed) {
    }

    private final Iterator<Cell> cells;
    private final List<Area> legacyRanges = new ArrayList<>();
    private Output next;

    SheetOutputs(Sheet sheet) {
        this.cells = sheet.iterator();
        advance();
    }

    /** The row of the next cell to write, or {@code Integer.MAX_VALUE} when there is none. */
    int nextRow() {
        return next == null ? Integer.MAX_VALUE : next.cell().row();
    }

    /** Takes the cells of {@code row} (none when the next cell is in a later row), in column order. */
    List<Output> take(int row) {
        List<Output> outputs = new ArrayList<>();
        while (next != null && next.cell().row() == row) {
            outputs.add(next);
            advance();
        }
        return outputs;
    }

    /** The area every written cell lies in, or null when there are none. */
    static Area used(Sheet sheet) {
        SheetOutputs outputs = new SheetOutputs(sheet);
        int top = outputs.nextRow();
        if (top == Integer.MAX_VALUE) {
            return null;
        }
        int bottom = top;
        int left = Integer.MAX_VALUE;
        int right = 0;
        while (outputs.next != null) {
            Cell cell = outputs.next.cell();
            bottom = cell.row();
            left = Math.min(left, cell.column());
            right = Math.max(right, cell.column());
            outputs.advance();
        }
        return new Area(top, left, bottom, right);
    }

    private void advance() {
        next = null;
        while (cells.hasNext()) {
            Cell cell = cells.next();
            Formula formula = cell.formula();
            if (formula != null && formula.kind() == FormulaKind.LEGACY_ARRAY && formula.arrayArea() != null) {
                legacyRanges.add(formula.arrayArea());
            }
            if (formula == null && cell.value() instanceof EmptyValue) {
                continue; // a blank the calculator keeps for bookkeeping, or a member not computed yet
            }
            boolean computed = formula == null && (cell.spillAnchor() != null || insideLegacyRange(cell));
            next = new Output(cell, computed);
            return;
        }
    }

    private boolean insideLegacyRange(Cell cell) {
        for (int i = legacyRanges.size() - 1; i >= 0; i--) {
            Area range = legacyRanges.get(i);
            if (range.bottom() < cell.row()) {
                legacyRanges.remove(i); // cells come in reading order: this range is behind us
            } else if (range.contains(cell.row(), cell.column()) && (range.top() != cell.row() || range.left() != cell.column())) {
                return true;
            }
        }
        return false;
    }
}
