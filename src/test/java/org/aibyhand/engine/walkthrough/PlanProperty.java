package org.aibyhand.engine.walkthrough;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Plan;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.SheetLimits;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.ReferenceValue;

/**
 * What makes a plan a walkthrough of its workbook: every cell of a stage holds a formula or its array's result,
 * every formula cell is in exactly one stage, and whatever formula it reads (by the calculator's precedents) is
 * in an earlier stage, unless the calculator found that formula on a circular reference (#CYCLE!).
 */
final class PlanProperty {
    private static final int REPORTED = 10;

    private PlanProperty() {
    }

    /** The violations found, at most ten of them, each as a sentence; empty when the plan is sound. */
    static List<String> violations(Workbook book, Calculator calculator, Plan plan) {
        List<String> found = new ArrayList<>();
        Map<Long, Integer> stageOf = new HashMap<>();
        for (int s = 0; s < plan.size(); s++) {
            Stage stage = plan.stage(s);
            Sheet sheet = book.sheet(stage.sheet());
            for (Area area : stage.cells()) {
                for (int r = area.top(); r <= area.bottom(); r++) {
                    for (int c = area.left(); c <= area.right(); c++) {
                        Cell cell = sheet.cell(r, c);
                        if (cell == null || !cell.hasFormula() && cell.spillAnchor() == null) {
                            report(found, "stage " + s + " shows " + sheet.name() + "!" + new Area(r, c, r, c) + ", which no formula fills");
                        }
                        Integer before = stageOf.put(key(sheet.index(), r, c), s);
                        if (before != null) {
                            report(found, sheet.name() + "!" + new Area(r, c, r, c) + " is in stages " + before + " and " + s);
                        }
                    }
                }
            }
        }
        for (Sheet sheet : book.sheets()) {
            for (Cell formula : sheet) {
                if (!formula.hasFormula()) {
                    continue;
                }
                Integer stage = stageOf.get(key(sheet.index(), formula.row(), formula.column()));
                if (stage == null) {
                    report(found, formula + " is in no stage");
                    continue;
                }
                for (ReferenceValue range : calculator.precedents(formula)) {
                    Sheet read = book.sheet(range.sheet());
                    int bottom = Math.min(range.bottom(), read.rowLimit() - 1);
                    for (int r = range.top(); r <= bottom; r++) {
                        for (int c = range.left(); c <= range.right(); c++) {
                            Cell cell = read.cell(r, c);
                            Cell writer = cell == null ? null : cell.hasFormula() ? cell : cell.spillAnchor();
                            if (writer == null || writer.value() == ErrorValue.CYCLE) {
                                continue;
                            }
                            Integer earlier = stageOf.get(key(range.sheet(), writer.row(), writer.column()));
                            if (earlier == null || earlier >= stage) {
                                report(found, formula + " (stage " + stage + ") reads " + cell + " computed in stage " + earlier);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static long key(int sheet, int row, int column) {
        return ((long) sheet * SheetLimits.ROWS + row) * SheetLimits.COLUMNS + column;
    }

    private static void report(List<String> found, String violation) {
        if (found.size() < REPORTED) {
            found.add(violation);
        }
    }
}
