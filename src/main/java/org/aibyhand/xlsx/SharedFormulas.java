package org.aibyhand.xlsx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.formula.FormulaPrinter;
import org.aibyhand.engine.ref.A1;

/**
 * Finds runs of cells that hold the same formula (the same tree, whose references are relative to the cell) and
 * writes them as one shared formula: the first cell holds the text, the others only point to it. Runs along a
 * row come first; a cell alone in its row joins the run of equal cells above and below it in its column. A
 * filled block of a lesson, 4,096 cells wide, or an RNN's 100,000 time steps down a column, is then parsed once
 * when read instead of once per cell, as Excel does with its own files. A cell whose text as the file had it
 * differs from the shared one is left alone, so no text is lost.
 */
final class SharedFormulas {
    private final Sheet sheet;
    /** Per cell of the row: -1 for none, else the group's index; a group's first cell is its master. */
    private int[] group = new int[16];
    private boolean[] master = new boolean[16];
    private String[] masterRange = new String[16];
    /** The column runs still open below the row planned: column -> {group index, last row}. */
    private final Map<Integer, int[]> columnRuns = new HashMap<>();
    private int nextIndex;

    SharedFormulas(Sheet sheet) {
        this.sheet = sheet;
    }

    /** Finds the groups of one row's cells (in column order); rows are planned top to bottom. */
    void plan(List<SheetOutputs.Output> row) {
        int n = row.size();
        if (group.length < n) {
            group = new int[n];
            master = new boolean[n];
            masterRange = new String[n];
        }
        int i = 0;
        while (i < n) {
            int end = i + 1;
            if (shareable(row.get(i).cell())) {
                while (end < n && sameAs(row.get(end - 1).cell(), row.get(end).cell())) {
                    end++;
                }
            }
            if (end - i >= 2) {
                group(i, end - 1, row.get(i).cell(), row.get(end - 1).cell());
            } else {
                planInColumn(i, row.get(i).cell());
            }
            i = end;
        }
    }

    private void group(int from, int to, Cell first, Cell last) {
        masterRange[from] = A1.columnName(first.column()) + (first.row() + 1) + ":" + A1.columnName(last.column()) + (last.row() + 1);
        for (int k = from; k <= to; k++) {
            group[k] = nextIndex;
            master[k] = k == from;
        }
        nextIndex++;
    }

    /** A cell alone in its row: a child of the column run above it, the master of one starting here, or neither. */
    private void planInColumn(int index, Cell cell) {
        int[] open = columnRuns.get(cell.column());
        if (open != null && open[1] >= cell.row()) {
            group[index] = open[0];
            master[index] = false;
            if (open[1] == cell.row()) {
                columnRuns.remove(cell.column());
            }
            return;
        }
        columnRuns.remove(cell.column());
        group[index] = -1;
        if (!shareable(cell)) {
            return;
        }
        Cell last = cell;
        for (Cell below = sheet.cell(last.row() + 1, cell.column());
                below != null && aloneInRow(below) && sameAs(last, below);
                below = sheet.cell(last.row() + 1, cell.column())) {
            last = below;
        }
        if (last != cell) {
            group(index, index, cell, last);
            columnRuns.put(cell.column(), new int[] {group[index], last.row()});
        }
    }

    private boolean aloneInRow(Cell cell) {
        Cell left = sheet.cell(cell.row(), cell.column() - 1);
        Cell right = sheet.cell(cell.row(), cell.column() + 1);
        return (left == null || !sameAs(left, cell)) && (right == null || !sameAs(cell, right));
    }

    /** The {@code <f>} start tag of the {@code index}-th cell of the row planned, or null when it is not shared. */
    String startTag(int index) {
        if (group[index] < 0) {
            return null;
        }
        return master[index] ? "<f t=\"shared\" ref=\"" + masterRange[index] + "\" si=\"" + group[index] + "\">"
                : "<f t=\"shared\" si=\"" + group[index] + "\"/>";
    }

    /** True for a master, whose text follows its start tag. */
    boolean isMaster(int index) {
        return group[index] >= 0 && master[index];
    }

    private static boolean shareable(Cell cell) {
        Formula formula = cell.formula();
        return formula != null && formula.kind() == FormulaKind.PLAIN && formula.isParsed();
    }

    /** True when {@code next}, right of or below {@code previous}, holds the same formula and nothing else would be lost. */
    private static boolean sameAs(Cell previous, Cell next) {
        boolean adjacent = next.row() == previous.row() && next.column() == previous.column() + 1
                || next.column() == previous.column() && next.row() == previous.row() + 1;
        if (!adjacent || !shareable(previous) || !shareable(next)) {
            return false;
        }
        Formula a = previous.formula();
        Formula b = next.formula();
        if (a != b && a.expr() != b.expr() && !a.expr().equals(b.expr())) {
            return false;
        }
        return b.sourceText() == null || a == b
                || b.sourceText().equals(FormulaPrinter.print(b.expr(), next.row(), next.column(), FormulaPrinter.Style.STORAGE));
    }
}
