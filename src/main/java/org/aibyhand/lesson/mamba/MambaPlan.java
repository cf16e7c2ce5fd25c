package org.aibyhand.lesson.mamba;

import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.lesson.Block;
import org.aibyhand.lesson.Subscripts;
import org.aibyhand.i18n.Texts;

/**
 * The walkthrough of {@link MambaLesson}: inputs, the selection (s, Δ, B, C), the scan step by step, the last
 * state. Up to three steps each get their three stages (Ā and B̄, then h, then y); longer scans show step 1 in
 * detail and the rest in at most {@link #GROUPS} groups, so the plan stays about fifteen stages long.
 */
final class MambaPlan {
    static final int GROUPS = 7;
    private static final int DETAILED_STEPS = 3;

    private MambaPlan() {
    }

    static List<Stage> of(MambaLesson lesson, MambaScan scan) {
        String sheet = lesson.sheet.sheet().name();
        List<Stage> plan = new ArrayList<>();
        List<Block> givens = new ArrayList<>(lesson.block == null ? List.of(lesson.x) : lesson.block.givens());
        givens.addAll(List.of(lesson.wDt, lesson.dtW, lesson.dtB, lesson.wB, lesson.wC, lesson.dSkip, scan.a, scan.h0));
        plan.add(stage(sheet, Texts.get("lesson.text.inputs_and_parameters"), givens.toArray(new Block[0])));
        if (lesson.block != null) {
            plan.add(lesson.block.inputStage(sheet, lesson.x));
        }
        plan.add(stage(sheet, "s = w_dt x", lesson.s));
        plan.add(stage(sheet, Texts.get("lesson.text.softplus_dt_dt2"), lesson.delta));
        plan.add(stage(sheet, "B = W_B X, C = W_C X", lesson.bSel, lesson.cSel));
        int steps = lesson.steps;
        if (scan.parallel != null) {
            plan.addAll(scan.parallel.stages(sheet));
            List<Area> outputs = new ArrayList<>();
            for (int t = 0; t < steps; t++) {
                outputs.addAll(output(lesson, scan, t));
            }
            plan.add(new Stage(sheet, Texts.get("lesson.text.for_every_step"), outputs));
            return finish(plan, lesson, scan, sheet);
        }
        int detailed = steps <= DETAILED_STEPS ? steps : 1;
        for (int t = 0; t < detailed; t++) {
            String k = Subscripts.of(t + 1);
            String prefix = "t = " + (t + 1) + ": ";
            String bbar = lesson.zoh ? "B̄" + k + " = (Ā" + k + " − 1)/A · B" + k : "B̄" + k + " = Δ" + k + "B" + k;
            plan.add(new Stage(sheet, prefix + "Ā" + k + Texts.get("lesson.text.exp") + k + "A), " + bbar, List.of(scan.abar(t).area(),
                    scan.bbar(t).area())));
            List<Area> states = new ArrayList<>(List.of(scan.h(t).area()));
            if (lesson.zoh) {
                states.add(scan.hEuler(t).area());
            }
            plan.add(new Stage(sheet, prefix + "h" + k + " = Ā" + k + "h" + Subscripts.of(t) + " + B̄" + k + "x" + k, states));
            plan.add(new Stage(sheet, prefix + "y" + k + " = h" + k + "C" + k + " + D x" + k, output(lesson, scan, t)));
        }
        int rest = steps - detailed;
        int groups = Math.min(rest, GROUPS);
        for (int g = 0; g < groups; g++) {
            // Spread the remaining steps evenly: group g covers [first, last), 0-based.
            int first = detailed + (int) ((long) rest * g / groups);
            int last = detailed + (int) ((long) rest * (g + 1) / groups);
            List<Area> cells = new ArrayList<>();
            for (int t = first; t < last; t++) {
                cells.add(scan.abar(t).area());
                cells.add(scan.bbar(t).area());
                cells.add(scan.h(t).area());
                if (lesson.zoh) {
                    cells.add(scan.hEuler(t).area());
                }
                cells.addAll(output(lesson, scan, t));
            }
            String title = last - first == 1
                    ? "t = " + last + ": Ā" + Subscripts.of(last) + ", B̄" + Subscripts.of(last) + ", h"
                            + Subscripts.of(last) + ", y" + Subscripts.of(last)
                    : "t = " + (first + 1) + " … " + last + Texts.get("lesson.text.step_by_step");
            plan.add(new Stage(sheet, title, cells));
        }
        return finish(plan, lesson, scan, sheet);
    }

    /** The block's output (when there is a block) and the last state. */
    private static List<Stage> finish(List<Stage> plan, MambaLesson lesson, MambaScan scan, String sheet) {
        if (lesson.block != null) {
            plan.add(lesson.block.outputStage(sheet));
        }
        plan.add(stage(sheet, Texts.get("lesson.text.last_state"), scan.hT));
        return plan;
    }

    /** Column t of Y (and of Y_euler and Y_diff). */
    private static List<Area> output(MambaLesson lesson, MambaScan scan, int t) {
        List<Area> cells = new ArrayList<>();
        cells.add(MambaLesson.column(lesson.y, t));
        if (lesson.zoh) {
            cells.add(MambaLesson.column(lesson.yEuler, t));
            cells.add(MambaLesson.column(lesson.yDiff, t));
        }
        return cells;
    }

    private static Stage stage(String sheet, String title, Block... blocks) {
        List<Area> cells = new ArrayList<>();
        for (Block block : blocks) {
            cells.add(block.area());
        }
        return new Stage(sheet, title, cells);
    }
}
