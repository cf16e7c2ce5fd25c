package org.aibyhand.xlsx;

import java.util.List;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.formula.FormulaPrinter;
import org.aibyhand.engine.ref.A1;

/**
 * Finds runs of cells in a row that hold the same formula (the same tree, whose references are relative to the
 * cell) and writes them as one shared formula: the first cell holds the text, the others only point to it. A
 * filled block of a lesson, 4,096 cells wide, is then parsed once when read instead of 4,096 times, as Excel
 * does with its own files. A cell whose text as the file had it differs from the shared one is left alone, so
 * no text is lost.
 */
final class SharedFormulas {
    /** Per cell of the row: -1 for none, else the group's index; a group's first cell is its master. */
    private int[] group = new int[16];
    private boolean[] master = new boolean[16];
    private String[] masterRange = new String[16];
    private int nextIndex;

    /** Finds the groups of one row's cells (in column order). */
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
                Cell first = row.get(i).cell();
                Cell last = row.get(end - 1).cell();
                masterRange[i] = A1.columnName(first.column()) + (first.row() + 1) + ":" + A1.columnName(last.column()) + (last.row() + 1);
                for (int k = i; k < end; k++) {
                    group[k] = nextIndex;
                    master[k] = k == i;
                }
                nextIndex++;
            } else {
                group[i] = -1;
            }
            i = end;
        }
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

    /** True when {@code next}, right of {@code previous}, holds the same formula and nothing else would be lost. */
    private static boolean sameAs(Cell previous, Cell next) {
        if (next.column() != previous.column() + 1 || !shareable(next)) {
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
