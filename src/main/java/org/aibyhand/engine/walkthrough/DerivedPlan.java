package org.aibyhand.engine.walkthrough;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Plan;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.Area;

/**
 * A walkthrough for a workbook that brings none (an Excel file made elsewhere), read off its dependency graph.
 * Every formula gets a level, 1 + the highest level among the formulas it reads on any sheet (constants are
 * level 0; an array formula counts over its whole range). Each sheet, in tab order, gets one stage per level
 * that has formulas on it, lowest first, and last a stage of its formulas on circular references, so a stage
 * reads only what earlier stages computed. A stage's cells are few rectangles in reading order; its title is
 * "Step k: D5:E6, H5" (k counting within the sheet, at most four areas listed), preceded by the sheet's name
 * ("Sheet1 · ") when more than one sheet has formulas.
 */
public final class DerivedPlan {
    private static final int LISTED_AREAS = 4;

    private DerivedPlan() {
    }

    /** The plan for {@code book}; {@code calculator} holds its graph (and, once recalculated, its spills). */
    public static Plan of(Workbook book, Calculator calculator) {
        FormulaLevels levels = FormulaLevels.of(book, calculator);
        List<Map<Integer, Rectangles.Builder>> bySheet = new ArrayList<>();
        for (int i = 0; i < book.sheets().size(); i++) {
            bySheet.add(new TreeMap<>());
        }
        List<Cell> formulas = levels.formulas();
        for (int node = 0; node < formulas.size(); node++) {
            Cell anchor = formulas.get(node);
            bySheet.get(anchor.sheet().index()).computeIfAbsent(levels.level(node), level -> new Rectangles.Builder())
                    .add(FormulaLevels.area(anchor));
        }
        boolean named = bySheet.stream().filter(levelsOfSheet -> !levelsOfSheet.isEmpty()).count() > 1;
        List<Stage> stages = new ArrayList<>();
        for (Sheet sheet : book.sheets()) {
            int step = 0;
            for (Map.Entry<Integer, Rectangles.Builder> level : bySheet.get(sheet.index()).entrySet()) {
                List<Area> areas = level.getValue().build();
                String title = (named ? sheet.name() + " · " : "") + "Step " + ++step + ": " + list(areas)
                        + (level.getKey() == FormulaLevels.CIRCULAR ? " (circular references)" : "");
                stages.add(new Stage(sheet.name(), title, areas));
            }
        }
        return new Plan(stages);
    }

    private static String list(List<Area> areas) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(areas.size(), LISTED_AREAS); i++) {
            text.append(i == 0 ? "" : ", ").append(areas.get(i).toA1());
        }
        return areas.size() > LISTED_AREAS ? text + " …" : text.toString();
    }
}
