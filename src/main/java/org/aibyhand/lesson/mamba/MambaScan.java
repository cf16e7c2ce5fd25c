package org.aibyhand.lesson.mamba;

import org.aibyhand.lesson.Block;
import org.aibyhand.lesson.HandValues;
import org.aibyhand.lesson.LessonSheet;
import org.aibyhand.lesson.Pinned;
import org.aibyhand.lesson.Role;
import org.aibyhand.lesson.Subscripts;
import org.aibyhand.i18n.Texts;

/**
 * The scan of {@link MambaLesson}: A and h₀, then one band of rows per step with Ā_t, B̄_t and h_t side by
 * side (each D×N, plus h_t with the Euler B̄ under the zero-order hold), then the last state h_T. Bands
 * follow each other down the sheet, so a scan of thousands of steps stays within a spreadsheet's columns.
 */
final class MambaScan {
    private final MambaLesson lesson;
    private final LessonSheet sheet;
    private final int channels;
    private final int state;
    private final int abarColumn;
    private final int bbarColumn;
    private final int hColumn;
    private final int eulerColumn;
    final Block a;
    final Block h0;
    private final Block[] abar;
    private final Block[] bbar;
    private final Block[] h;
    private final Block[] hEuler;
    final Block hT;
    /** The prefix scan that computes h when the lesson is parallel, else null. */
    final MambaParallelScan parallel;

    /** Draws A from {@code values} and writes the scan from {@code row} down. */
    MambaScan(MambaLesson lesson, HandValues values, int row) {
        this.lesson = lesson;
        this.sheet = lesson.sheet;
        this.channels = lesson.channels;
        this.state = lesson.state;
        int steps = lesson.steps;
        abarColumn = 1;
        bbarColumn = abarColumn + state + 1;
        hColumn = bbarColumn + state + 1;
        eulerColumn = hColumn + state + 1;
        abar = new Block[steps];
        bbar = new Block[steps];
        h = new Block[steps];
        hEuler = new Block[lesson.zoh ? steps : 0];

        sheet.label(row + 1, 0, Texts.get("lesson.mamba.scan"));
        a = sheet.block("A", Texts.get("lesson.text.negative"), row + 1, abarColumn, channels, state, Role.PARAMETER);
        // Negative and never zero: Ā = exp(ΔA) is then a decay in (0, 1), and the zero-order hold divides by A.
        lesson.constants(a, () -> -values.whole(1, 10) / 10.0);
        h0 = sheet.block(null, "h₀ = 0 (D×N)", row + 1, hColumn, channels, state, Role.STATE);
        lesson.constants(h0, () -> 0);
        equations(row);
        row += 2 + channels;
        for (int t = 0; t < steps; t++) {
            band(t, row);
            row += channels + 2;
        }
        int free = (lesson.zoh ? eulerColumn : hColumn) + state + 1;
        parallel = lesson.parallel ? new MambaParallelScan(lesson, this, free) : null;
        hT = sheet.block("h_T", Texts.get("lesson.text.the_last_state"), row + 1, hColumn, channels, state, Role.STATE);
        sheet.fill(hT.area(), "=" + h[steps - 1].at(0, 0));
        sheet.equation(row + 1, hT.column(state) + 1, "h_T = h at t = " + steps + Texts.get("lesson.text.where_the_next_chunk_would"));
    }

    Block abar(int t) {
        return abar[t];
    }

    Block bbar(int t) {
        return bbar[t];
    }

    Block h(int t) {
        return h[t];
    }

    /** Step t's state when B̄ is Euler's Δ·B (zero-order hold lessons only). */
    Block hEuler(int t) {
        return hEuler[t];
    }

    /** The element-wise equations of every band, once, to the right of A and h₀. */
    private void equations(int row) {
        int column = (lesson.zoh ? eulerColumn : hColumn) + state + 1
                + (lesson.parallel ? MambaParallelScan.width(state, lesson.steps) : 0);
        sheet.equation(row, column, Texts.get("lesson.text.each_step_element_by_element"));
        sheet.equation(row + 1, column, Texts.get("lesson.text.exp2"));
        sheet.equation(row + 2, column, lesson.zoh ? Texts.get("lesson.text.zero_order_hold")
                : Texts.get("lesson.text.euler2"));
        sheet.equation(row + 3, column, "h_t[d,n] = Ā_t[d,n]·h_(t−1)[d,n] + B̄_t[d,n]·x_t[d]");
        sheet.equation(row + 4, column, Texts.get("lesson.text.skip_column_of"));
        if (lesson.zoh) {
            sheet.equation(row + 5, column, Texts.get("lesson.text.with_euler_gives_euler"));
        }
    }

    private void band(int t, int top) {
        String k = Subscripts.of(t + 1);
        boolean named = lesson.steps <= MambaLesson.NAMED_STEP_LIMIT;
        Block previous = t == 0 ? h0 : h[t - 1];
        Block previousEuler = t == 0 ? h0 : lesson.zoh ? hEuler[t - 1] : null;
        sheet.label(top, 0, "t = " + (t + 1));
        abar[t] = sheet.block(named ? "Abar_" + (t + 1) : null, "Ā" + k + Texts.get("lesson.text.exp") + k + "A)", top + 1, abarColumn,
                channels, state, Role.FORWARD);
        bbar[t] = sheet.block(named ? "Bbar_" + (t + 1) : null, lesson.zoh ? "B̄" + k + " = (Ā" + k + " − 1)/A · B" + k
                : "B̄" + k + " = Δ" + k + "B" + k, top + 1, bbarColumn, channels, state, Role.FORWARD);
        h[t] = sheet.block(named ? "h_" + (t + 1) : null, "h" + k + " = Ā" + k + "h" + Subscripts.of(t) + " + B̄" + k
                + "x" + k, top + 1, hColumn, channels, state, Role.STATE);
        if (lesson.zoh) {
            hEuler[t] = sheet.block(null, "h" + k + Texts.get("lesson.text.with") + k + " = Δ" + k + "B" + k, top + 1, eulerColumn,
                    channels, state, Role.STATE);
        }
        // Each block is one formula filled over it ($ pins Δ_t's and x_t's column, so a row d reads channel d);
        // B_t[n] differs along n, so the blocks that read it are filled one column at a time.
        String deltaT = Pinned.column(lesson.delta, 0, t);
        String xT = Pinned.column(lesson.x, 0, t);
        sheet.fill(abar[t].area(), "=EXP(" + deltaT + "*" + a.at(0, 0) + ")");
        if (!lesson.parallel) {
            sheet.fill(h[t].area(), "=" + abar[t].at(0, 0) + "*" + previous.at(0, 0) + "+" + bbar[t].at(0, 0) + "*" + xT);
        }
        for (int n = 0; n < state; n++) {
            String bT = Pinned.both(lesson.bSel, n, t);
            sheet.fill(MambaLesson.column(bbar[t], n), lesson.zoh ? "=(" + abar[t].at(0, n) + "-1)/" + a.at(0, n) + "*" + bT
                    : "=" + deltaT + "*" + bT);
            if (lesson.zoh) {
                sheet.fill(MambaLesson.column(hEuler[t], n), "=" + abar[t].at(0, n) + "*" + previousEuler.at(0, n) + "+"
                        + deltaT + "*" + bT + "*" + xT);
            }
        }
    }
}
