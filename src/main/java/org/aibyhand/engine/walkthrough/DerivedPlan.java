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
 * "Step k: Z1, Softmax" naming each rectangle by the label its author wrote beside or above it ({@link BlockLabel}),
 * or by its range where there is none ("Step k: D5:E6, H5"; k counts within the sheet, at most four are listed),
 * preceded by the sheet's name ("Sheet1 · ") when more than one sheet has formulas.
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
                String title = (named ? sheet.name() + " · " : "") + "Step " + ++step + ": " + list(sheet, areas)
                        + (level.getKey() == FormulaLevels.CIRCULAR ? " (circular references)" : "");
                stages.add(new Stage(sheet.name(), title, areas));
            }
        }
        return new Plan(stages);
    }

    /** The areas by the labels their author gave them, by their ranges where there is none; each name once. */
    private static String list(Sheet sheet, List<Area> areas) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (Area area : areas) {
            String label = BlockLabel.of(sheet, area);
            names.add(label == null ? area.toA1() : label);
        }
        List<String> listed = new ArrayList<>(names);
        String text = String.join(", ", listed.subList(0, Math.min(listed.size(), LISTED_AREAS)));
        return listed.size() > LISTED_AREAS ? text + " …" : text;
    }
}
