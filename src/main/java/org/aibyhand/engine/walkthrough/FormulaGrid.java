package org.aibyhand.engine.walkthrough;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.ReferenceValue;

/**
 * Which formula each cell belongs to: the formula cell itself, or the array formula whose result fills it.
 * Formulas are known by number; a sheet is a ragged grid of those numbers (plus one, zero meaning none), so
 * finding the formulas a range reads costs one array read per cell of the range that lies within the used part
 * of the sheet.
 */
final class FormulaGrid {
    private static final int[] NO_COLUMNS = new int[0];

    private final int[][][] sheets;

    FormulaGrid(int sheetCount) {
        sheets = new int[sheetCount][][];
        Arrays.fill(sheets, new int[0][]);
    }

    /** Gives the cells of {@code area} to formula {@code node}, leaving cells that already belong to one alone. */
    void claim(int sheet, Area area, int node) {
        int[][] rows = sheets[sheet];
        if (area.bottom() >= rows.length) {
            int old = rows.length;
            rows = Arrays.copyOf(rows, Math.max(area.bottom() + 1, old * 2));
            Arrays.fill(rows, old, rows.length, NO_COLUMNS);
            sheets[sheet] = rows;
        }
        for (int r = area.top(); r <= area.bottom(); r++) {
            int[] columns = rows[r];
            if (area.right() >= columns.length) {
                columns = Arrays.copyOf(columns, Math.max(area.right() + 1, columns.length * 2));
                rows[r] = columns;
            }
            for (int c = area.left(); c <= area.right(); c++) {
                if (columns[c] == 0) {
                    columns[c] = node + 1;
                }
            }
        }
    }

    /** Calls {@code action} with the formula of each cell of {@code range} that has one (repeats included). */
    void forEachOwner(ReferenceValue range, IntConsumer action) {
        int[][] rows = sheets[range.sheet()];
        int bottom = Math.min(range.bottom(), rows.length - 1);
        for (int r = range.top(); r <= bottom; r++) {
            int[] columns = rows[r];
            int right = Math.min(range.right(), columns.length - 1);
            for (int c = range.left(); c <= right; c++) {
                if (columns[c] != 0) {
                    action.accept(columns[c] - 1);
                }
            }
        }
    }
}
