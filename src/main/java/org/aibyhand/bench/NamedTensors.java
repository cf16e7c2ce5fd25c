package org.aibyhand.bench;

import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.walkthrough.Ranges;

/**
 * A lesson workbook's tensors read through their defined names, as any program reading the file would see them
 * (not through the lesson builder's own bookkeeping). A cell that holds no number reads as NaN, so a difference
 * computed from it is NaN too and shows up in the report rather than stopping it.
 */
final class NamedTensors {
    private final Workbook book;
    private final boolean transposed;

    /** {@code transposed}: the sheet shows each tensor transposed (time down the rows), so [i][j] is at (j, i). */
    NamedTensors(Workbook book, boolean transposed) {
        this.book = book;
        this.transposed = transposed;
    }

    static ReferenceValue area(Workbook book, String name) {
        return Ranges.resolve(book, null, name);
    }

    /** The named tensor as [row][column] in its own orientation. */
    double[][] read(String name) {
        ReferenceValue area = area(book, name);
        Sheet sheet = book.sheet(area.sheet());
        int rows = transposed ? area.columns() : area.rows();
        int columns = transposed ? area.rows() : area.columns();
        double[][] values = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                Value value = transposed ? sheet.value(area.top() + j, area.left() + i) : sheet.value(area.top() + i, area.left() + j);
                values[i][j] = value instanceof NumberValue number ? number.value() : Double.NaN;
            }
        }
        return values;
    }

    /** The largest absolute difference between the named tensor and {@code expected}; NaN when any cell is not a number. */
    double maxDifference(String name, double[][] expected) {
        double[][] actual = read(name);
        if (actual.length != expected.length || actual[0].length != expected[0].length) {
            throw new IllegalStateException(name + " is " + actual.length + "x" + actual[0].length + " on the sheet, not "
                    + expected.length + "x" + expected[0].length);
        }
        double largest = 0;
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                largest = Math.max(largest, Math.abs(actual[i][j] - expected[i][j])); // NaN wins, as it should
            }
        }
        return largest;
    }
}
