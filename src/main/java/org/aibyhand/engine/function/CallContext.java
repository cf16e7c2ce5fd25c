package org.aibyhand.engine.function;

import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.value.Value;

/** What a function may ask of the formula being evaluated. */
public interface CallContext {

    /** The scalar in one cell (blank cells are {@link org.aibyhand.engine.value.EmptyValue}). */
    Value cell(int sheet, int row, int column);

    /** All cells of a reference as an array, blanks included as EmptyValue. */
    ArrayValue read(ReferenceValue reference);

    /**
     * The numbers in a reference's cells in reading order, or null when any cell is not a number (blank, text,
     * logical, error) or the range is too large to read: the caller then reads it with {@link #read} and handles
     * each element the general way. Lets matrix functions skip a value array for all-number ranges.
     */
    double[] readNumbers(ReferenceValue reference);

    /**
     * The part of a reference that can hold anything: rows past the last row of its sheet that has a cell are
     * blank, so functions that skip blanks (SUM, AVERAGE, MAX, ...) read only this part, and {@code SUM(A:A)}
     * costs what the used rows cost. Null when no row is left.
     */
    default ReferenceValue usedPart(ReferenceValue reference) {
        return reference;
    }

    /** Index of the sheet holding the formula. */
    int hostSheet();

    /** Row of the cell holding the formula (zero-based). */
    int hostRow();

    /** Column of the cell holding the formula (zero-based). */
    int hostColumn();

    /**
     * True inside array formulas (dynamic or legacy): a range where one value is expected is read whole and the
     * function maps over it. False in plain formulas, where Excel intersects it with the formula's row or column.
     */
    boolean arrayMode();

    /** Index of the sheet called {@code name} (any case), or -1 when the workbook has none. */
    default int sheetIndex(String name) {
        return -1;
    }

    /** How many sheets the workbook has. */
    default int sheetCount() {
        return 1;
    }

    /** The formula of a cell as a user reads it ("=A1+1"), or null when the cell holds none. */
    default String formulaText(int sheet, int row, int column) {
        return null;
    }

    /** Name of the sheet at {@code index}. */
    default String sheetName(int index) {
        return "";
    }

    /** What the defined name {@code name} refers to, as seen from the formula's sheet, or #NAME?. */
    default Value definedName(String name) {
        return org.aibyhand.engine.value.ErrorValue.NAME;
    }

    /** The source of RAND's numbers: seeded by the workbook, or fresh (see the evaluator). */
    default java.util.random.RandomGenerator random() {
        return java.util.concurrent.ThreadLocalRandom.current();
    }

    /** A reference read as a value: one cell gives its scalar, more give an array; other values pass through. */
    default Value dereference(Value value) {
        if (value instanceof ReferenceValue reference) {
            return reference.isSingleCell() ? cell(reference.sheet(), reference.top(), reference.left()) : read(reference);
        }
        return value;
    }
}
