package org.aibyhand.lesson.mamba;

import static org.aibyhand.lesson.BlockNotation.both;
import static org.aibyhand.lesson.BlockNotation.index;

import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.lesson.Block;
import org.aibyhand.lesson.BlockNotation;
import org.aibyhand.lesson.LessonSheet;
import org.aibyhand.lesson.Pinned;
import org.aibyhand.lesson.Role;
import org.aibyhand.lesson.Subscripts;
import org.aibyhand.i18n.Texts;

/**
 * The Mamba scan computed as an associative prefix scan (Hillis–Steele) instead of step after step: each step
 * is the pair (a, b) = (Ā_t, B̄_t x_t), and (a₁, b₁) then (a₂, b₂) is (a₁a₂, a₂b₁ + b₂), which is associative. At
 * level ℓ every step t ≥ 2^(ℓ−1) combines its pair with the pair 2^(ℓ−1) steps before; after ⌈log₂T⌉ levels
 * step t holds the combination of steps 1 … t, and h_t = a_t ⊙ h₀ + b_t: the same states in log₂T levels of
 * formulas that can all run at once, instead of T in a row. Each level's blocks sit in the step's band, to the
 * right of h_t; a step with nothing to combine at a level keeps its pair from the level before.
 */
final class MambaParallelScan {
    private final MambaLesson lesson;
    private final MambaScan scan;
    private final int levels;
    private final Block[] pairB;
    /** [level − 1][t]: the level's blocks, null where step t keeps its pair. */
    private final Block[][] levelA;
    private final Block[][] levelB;

    /** The number of levels a scan of {@code steps} needs: ⌈log₂ steps⌉. */
    static int levels(int steps) {
        return 32 - Integer.numberOfLeadingZeros(Math.max(1, steps) - 1);
    }

    /** The columns the pairs and levels take to the right of the bands. */
    static int width(int state, int steps) {
        return (state + 1) * (1 + 2 * levels(steps));
    }

    MambaParallelScan(MambaLesson lesson, MambaScan scan, int column) {
        this.lesson = lesson;
        this.scan = scan;
        int steps = lesson.steps;
        int state = lesson.state;
        levels = levels(steps);
        pairB = new Block[steps];
        levelA = new Block[levels][steps];
        levelB = new Block[levels][steps];
        Block[] a = new Block[steps];
        Block[] b = new Block[steps];
        LessonSheet sheet = lesson.sheet;
        for (int t = 0; t < steps; t++) {
            int row = scan.h(t).row(0);
            pairB[t] = sheet.block(null, "b⁰" + Subscripts.of(t + 1) + " = B̄x", row, column, lesson.channels, state, Role.FORWARD);
            sheet.fill(pairB[t].area(), "=" + scan.bbar(t).at(0, 0) + "*" + Pinned.column(lesson.x, 0, t));
            a[t] = scan.abar(t);
            b[t] = pairB[t];
        }
        for (int level = 1; level <= levels; level++) {
            int distance = 1 << (level - 1);
            int left = column + (state + 1) * (2 * level - 1);
            Block[] nextA = a.clone();
            Block[] nextB = b.clone();
            for (int t = distance; t < steps; t++) {
                int row = scan.h(t).row(0);
                String mark = Subscripts.of(level);
                Block newA = sheet.block(null, "a" + mark, row, left, lesson.channels, state, Role.FORWARD);
                Block newB = sheet.block(null, "b" + mark, row, left + state + 1, lesson.channels, state, Role.FORWARD);
                sheet.fill(newA.area(), "=" + a[t - distance].at(0, 0) + "*" + a[t].at(0, 0));
                sheet.fill(newB.area(), "=" + a[t].at(0, 0) + "*" + b[t - distance].at(0, 0) + "+" + b[t].at(0, 0));
                levelA[level - 1][t] = newA;
                levelB[level - 1][t] = newB;
                nextA[t] = newA;
                nextB[t] = newB;
            }
            a = nextA;
            b = nextB;
        }
        for (int t = 0; t < steps; t++) {
            sheet.fill(scan.h(t).area(), "=" + a[t].at(0, 0) + "*" + scan.h0.at(0, 0) + "+" + b[t].at(0, 0));
        }
    }

    /** The notation of the pairs, the levels and the states they give, ahead of the sequential scan's. */
    void describe(BlockNotation notation) {
        for (int t = 0; t < lesson.steps; t++) {
            String k = Subscripts.of(t + 1);
            int step = t;
            notation.add(pairB[t], (d, n) -> both("b⁰" + k + " = B̄" + k + " ⊙ x" + k,
                    "b⁰" + k + index(d, n) + " = B̄" + k + index(d, n) + "·x" + k + index(d)));
            String[] last = {"Ā" + k, "b⁰" + k};
            for (int level = 1; level <= levels; level++) {
                if (levelA[level - 1][t] == null) {
                    continue;
                }
                String mark = Subscripts.of(level);
                String before = Subscripts.of(level - 1);
                String other = Subscripts.of(t + 1 - (1 << (level - 1)));
                String aBefore = level == 1 ? "Ā" : "a" + before;
                String bBefore = level == 1 ? "b⁰" : "b" + before;
                notation.add(levelA[level - 1][t], (d, n) -> both("a" + mark + k + " = " + aBefore + other + " ⊙ " + aBefore
                                + k, "a" + mark + k + index(d, n) + " = " + aBefore + other + index(d, n) + "·" + aBefore + k + index(d, n)))
                        .add(levelB[level - 1][t], (d, n) -> both("b" + mark + k + " = " + aBefore + k + " ⊙ " + bBefore + other + " + "
                                + bBefore + k, "b" + mark + k + index(d, n) + " = " + aBefore + k + index(d, n) + "·" + bBefore + other
                                + index(d, n) + " + " + bBefore + k + index(d, n)));
                last[0] = "a" + mark + k;
                last[1] = "b" + mark + k;
            }
            String a = last[0];
            String b = last[1];
            notation.add(scan.h(t), (d, n) -> both("h" + k + " = " + a + " ⊙ h₀ + " + b + Texts.get("lesson.text.the_scan_of_steps") + (step + 1) + ")",
                    "h" + k + index(d, n) + " = " + a + index(d, n) + "·h₀" + index(d, n) + " + " + b + index(d, n)));
        }
    }

    /** The stages of the scan: the pairs, each level, the states. */
    List<Stage> stages(String sheet) {
        List<Stage> stages = new ArrayList<>();
        List<Area> pairs = new ArrayList<>();
        for (int t = 0; t < lesson.steps; t++) {
            pairs.add(scan.abar(t).area());
            pairs.add(scan.bbar(t).area());
            pairs.add(pairB[t].area());
        }
        stages.add(new Stage(sheet, Texts.get("lesson.text.every_step_pair_at_once"), pairs));
        for (int level = 1; level <= levels; level++) {
            List<Area> cells = new ArrayList<>();
            for (int t = 0; t < lesson.steps; t++) {
                if (levelA[level - 1][t] != null) {
                    cells.add(levelA[level - 1][t].area());
                    cells.add(levelB[level - 1][t].area());
                }
            }
            int distance = 1 << (level - 1);
            stages.add(new Stage(sheet, Texts.get("lesson.text.level") + level + Texts.get("lesson.text.of") + levels + Texts.get("lesson.text.each_step") + distance
                    + Texts.get("lesson.text.combines_with_step") + distance + ": (a, b) ← (a_(t−" + distance + ") a_t, a_t b_(t−" + distance + ") + b_t)",
                    cells));
        }
        List<Area> states = new ArrayList<>();
        for (int t = 0; t < lesson.steps; t++) {
            states.add(scan.h(t).area());
            if (lesson.zoh) {
                states.add(scan.hEuler(t).area());
            }
        }
        stages.add(new Stage(sheet, Texts.get("lesson.text.for_every_step_at_once"), states));
        return stages;
    }
}
