package org.aibyhand.engine.eval;

import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.value.Value;

/** Reading cells for a formula being computed: a cell not yet recomputed makes the formula wait. */
final class CellReads {
    private CellReads() {
    }

    /** A cell's value; a missing cell is blank. */
    static Value valueOf(Cell cell) {
        if (cell == null) {
            return EmptyValue.INSTANCE;
        }
        if (cell.isDirty()) {
            throw new PendingCell(cell);
        }
        return cell.value();
    }

    /**
     * A cell's value if it is a number, else NaN (also for a missing cell, which is blank); a cell not yet
     * recomputed makes the formula wait.
     */
    static double numberOf(Cell cell) {
        if (cell == null) {
            return Double.NaN;
        }
        if (cell.isDirty()) {
            throw new PendingCell(cell);
        }
        return cell.number();
    }

    /** All cells of {@code reference} on {@code sheet}, blanks as EmptyValue; too many cells is #NUM!. */
    static ArrayValue read(Sheet sheet, ReferenceValue reference) {
        long size = (long) reference.rows() * reference.columns();
        if (size > ArrayValue.MAX_CELLS) {
            throw new ErrorSignal(ErrorValue.NUM);
        }
        Value[] elements = new Value[(int) size];
        int i = 0;
        for (int r = reference.top(); r <= reference.bottom(); r++) {
            for (int c = reference.left(); c <= reference.right(); c++) {
                elements[i++] = valueOf(sheet.cell(r, c));
            }
        }
        return new ArrayValue(reference.rows(), reference.columns(), elements);
    }

    /** As {@link #read} but straight into doubles, or null when a cell is not a number or there are too many. */
    static double[] readNumbers(Sheet sheet, ReferenceValue reference) {
        long size = (long) reference.rows() * reference.columns();
        if (size > ArrayValue.MAX_CELLS || reference.bottom() >= sheet.rowLimit()) {
            return null; // too many, or reaching rows with no cells, which are blank
        }
        double[] numbers = new double[(int) size];
        int i = 0;
        for (int r = reference.top(); r <= reference.bottom(); r++) {
            for (int c = reference.left(); c <= reference.right(); c++) {
                double number = numberOf(sheet.cell(r, c));
                if (number != number) {
                    return null;
                }
                numbers[i++] = number;
            }
        }
        return numbers;
    }
}
