package org.aibyhand.engine.walkthrough;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.NumberValue;

/**
 * Finds the cells an exercise blanks: the computed cells inside the chosen stages' areas whose value is a number.
 * A formula with a text, logical, error or blank result is left alone (it is a label, a check of the workbook's
 * own, or not a number a student could work out). An array formula over several cells (a spill or a legacy
 * array) can only be removed as a whole, so all of its cells are blanked once any of them lies in a stage,
 * provided every one holds a number; each is then checked against the number it showed.
 */
final class ExerciseCells {
    private ExerciseCells() {
    }

    /**
     * The cells to blank, sheet by sheet in tab order; on a sheet, stage by stage in the order given, each stage's
     * in reading order (an array's cells together, under the stage of its first cell met).
     */
    static List<ExerciseCell> collect(Workbook book, List<Stage> stages) {
        List<ExerciseCell> found = new ArrayList<>();
        for (Sheet sheet : book.sheets()) {
            List<List<ExerciseCell>> byStage = new ArrayList<>();
            stages.forEach(s -> byStage.add(new ArrayList<>()));
            Set<Cell> seenArrays = new HashSet<>();
            for (Cell cell : sheet) {
                int stage = firstContaining(stages, cell);
                Cell anchor = cell.hasFormula() ? cell : cell.spillAnchor();
                if (stage < 0 || anchor == null || !anchor.hasFormula()) {
                    continue;
                }
                String title = stages.get(stage).title();
                Area array = arrayArea(anchor);
                if (array == null || array.cellCount() == 1) {
                    if (cell == anchor && cell.value() instanceof NumberValue number) {
                        byStage.get(stage).add(new ExerciseCell(cell, title, cell.formula(), number.value()));
                    }
                } else if (seenArrays.add(anchor)) {
                    addArray(byStage.get(stage), sheet, array, title);
                }
            }
            byStage.forEach(found::addAll);
        }
        return found;
    }

    /** The cells an array formula fills (null for a formula showing one value). */
    static Area arrayArea(Cell anchor) {
        return anchor.formula().kind() == FormulaKind.LEGACY_ARRAY ? anchor.formula().arrayArea() : anchor.spillArea();
    }

    private static void addArray(List<ExerciseCell> found, Sheet sheet, Area array, String title) {
        List<ExerciseCell> members = new ArrayList<>();
        for (int r = array.top(); r <= array.bottom(); r++) {
            for (int c = array.left(); c <= array.right(); c++) {
                if (!(sheet.value(r, c) instanceof NumberValue number)) {
                    return; // text or errors in the array: it stays as it is
                }
                members.add(new ExerciseCell(sheet.cell(r, c), title, null, number.value()));
            }
        }
        found.addAll(members);
    }

    /** The index of the first stage holding the cell, or -1. */
    private static int firstContaining(List<Stage> stages, Cell cell) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).contains(cell.sheet().name(), cell.row(), cell.column())) {
                return i;
            }
        }
        return -1;
    }
}
