package org.aibyhand.lesson.mamba;

import static org.aibyhand.lesson.BlockNotation.both;
import static org.aibyhand.lesson.BlockNotation.given;
import static org.aibyhand.lesson.BlockNotation.index;

import org.aibyhand.engine.ref.Area;
import org.aibyhand.lesson.Block;
import org.aibyhand.lesson.BlockNotation;
import org.aibyhand.lesson.CellNotation;
import org.aibyhand.lesson.Subscripts;

/**
 * The math notation of the {@link MambaLesson}'s cells, in the symbols of its equations and stage titles: column
 * t of X, B, C and Y is the step vector x_t, B_t, C_t, y_t written with the step as a subscript (x₂[1]); Δ keeps
 * the sheet's Δ[d,t]; each step's Ā_t, B̄_t and h_t are D×N (d = channel, n = state). The Euler state and
 * outputs of a zero-order-hold lesson are h_euler_t, y_euler_t and y_diff_t.
 */
final class MambaNotation {
    private final MambaLesson lesson;
    private final MambaScan scan;

    private MambaNotation(MambaLesson lesson, MambaScan scan) {
        this.lesson = lesson;
        this.scan = scan;
    }

    static CellNotation of(MambaLesson lesson, MambaScan scan) {
        return new MambaNotation(lesson, scan).build();
    }

    private CellNotation build() {
        BlockNotation notation = new BlockNotation();
        if (lesson.block != null) {
            lesson.block.describe(notation, lesson.x);
        }
        notation.add(lesson.x, (d, t) -> given("x" + sub(t) + index(d), "input"))
                .add(lesson.wDt, (i, d) -> given("w_dt" + index(d), "weight"))
                .add(lesson.dtW, (d, j) -> given("dt_w" + index(d), "weight"))
                .add(lesson.dtB, (d, j) -> given("dt_b" + index(d), "bias"))
                .add(lesson.wB, (n, d) -> given("W_B" + index(n, d), "weight"))
                .add(lesson.wC, (n, d) -> given("W_C" + index(n, d), "weight"))
                .add(lesson.dSkip, (d, j) -> given("D_skip" + index(d), "skip weight"))
                .add(scan.a, (d, n) -> given("A" + index(d, n), "state parameter (negative)"))
                .add(scan.h0, (d, n) -> given("h₀" + index(d, n), "initial state"))
                .add(lesson.s, (i, t) -> both("s" + sub(t) + " = w_dt · x" + sub(t),
                        "s" + sub(t) + " = Σ_d w_dt[d]·x" + sub(t) + "[d]"))
                .add(lesson.delta, (d, t) -> both("Δ" + sub(t) + " = softplus(dt_w s" + sub(t) + " + dt_b)",
                        "Δ" + index(d, t) + " = softplus(dt_w" + index(d) + "·s" + sub(t) + " + dt_b" + index(d) + ")"))
                .add(lesson.bSel, (n, t) -> selection("B", "W_B", n, t))
                .add(lesson.cSel, (n, t) -> selection("C", "W_C", n, t))
                .add(lesson.y, (d, t) -> output("y", "h", d, t))
                .add(scan.hT, (d, n) -> both("h_T = h" + Subscripts.of(lesson.steps),
                        "h_T" + index(d, n) + " = h" + Subscripts.of(lesson.steps) + index(d, n)));
        if (lesson.zoh) {
            notation.add(lesson.yEuler, (d, t) -> output("y_euler", "h_euler", d, t))
                    .add(lesson.yDiff, (d, t) -> both("y_diff" + sub(t) + " = y" + sub(t) + " − y_euler" + sub(t),
                            "y_diff" + sub(t) + index(d) + " = y" + sub(t) + index(d) + " − y_euler" + sub(t) + index(d)));
        }
        if (scan.parallel != null) {
            scan.parallel.describe(notation);
        }
        return notation.add(bands(), this::band);
    }

    /** B_t[n] or C_t[n] = Σ_d W[n,d]·x_t[d]. */
    private static String selection(String name, String weights, int n, int t) {
        return both(name + sub(t) + " = " + weights + " x" + sub(t),
                name + sub(t) + index(n) + " = Σ_d " + weights + "[" + (n + 1) + ",d]·x" + sub(t) + "[d]");
    }

    /** y_t[d] = Σ_n h_t[d,n]·C_t[n] + D_skip[d]·x_t[d], for the state {@code h} (h or h_euler). */
    private static String output(String y, String h, int d, int t) {
        String k = sub(t);
        return both(y + k + " = " + h + k + "C" + k + " + D_skip ⊙ x" + k, y + k + index(d) + " = Σ_n " + h + k + "["
                + (d + 1) + ",n]·C" + k + "[n] + D_skip" + index(d) + "·x" + k + index(d));
    }

    /** The rows and columns of every step's band, from Ā₁ to the last step's h (or Euler h). */
    private Area bands() {
        int last = lesson.steps - 1;
        Block right = lesson.zoh ? scan.hEuler(last) : scan.h(last);
        return new Area(scan.abar(0).row(0), scan.abar(0).column(0), right.area().bottom(), right.area().right());
    }

    /**
     * An element of step t's Ā_t, B̄_t, h_t or Euler h_t; null for the rows and columns between them. All bands are
     * one entry, the step being the band the row falls in, so a scan of thousands of steps keeps the list of
     * entries short.
     */
    private String band(int rowOffset, int columnOffset) {
        Block first = scan.abar(0);
        int period = lesson.steps > 1 ? scan.abar(1).row(0) - first.row(0) : first.rows();
        int t = rowOffset / period;
        int row = first.row(0) + rowOffset;
        int column = first.column(0) + columnOffset;
        if (scan.abar(t).area().contains(row, column)) {
            return abar(t, row - scan.abar(t).row(0), column - scan.abar(t).column(0));
        }
        if (scan.bbar(t).area().contains(row, column)) {
            return bbar(t, row - scan.bbar(t).row(0), column - scan.bbar(t).column(0));
        }
        if (scan.h(t).area().contains(row, column)) {
            return state(t, row - scan.h(t).row(0), column - scan.h(t).column(0), false);
        }
        if (lesson.zoh && scan.hEuler(t).area().contains(row, column)) {
            return state(t, row - scan.hEuler(t).row(0), column - scan.hEuler(t).column(0), true);
        }
        return null;
    }

    private static String abar(int t, int d, int n) {
        return both("Ā" + sub(t) + " = exp(Δ" + sub(t) + "A)",
                "Ā" + sub(t) + index(d, n) + " = exp(Δ" + index(d, t) + "·A" + index(d, n) + ")");
    }

    private String bbar(int t, int d, int n) {
        String k = sub(t);
        if (lesson.zoh) {
            return both("B̄" + k + " = (Ā" + k + " − 1)/A · B" + k,
                    "B̄" + k + index(d, n) + " = (Ā" + k + index(d, n) + " − 1)/A" + index(d, n) + " · B" + k + index(n));
        }
        return both("B̄" + k + " = Δ" + k + "B" + k, "B̄" + k + index(d, n) + " = Δ" + index(d, t) + "·B" + k + index(n));
    }

    /**
     * h_t = Ā_t h_(t−1) + B̄_t x_t element by element; the Euler state of a zero-order-hold lesson takes Euler's
     * Δ_t B_t for B̄_t. Both start from h₀.
     */
    private static String state(int t, int d, int n, boolean euler) {
        String k = sub(t);
        String h = euler ? "h_euler" : "h";
        String before = t == 0 ? "h₀" : h + Subscripts.of(t);
        String bbar = euler ? "Δ" + k + "B" + k : "B̄" + k;
        String bbarElement = euler ? "Δ" + index(d, t) + "·B" + k + index(n) : "B̄" + k + index(d, n);
        return both(h + k + " = Ā" + k + before + " + " + bbar + "x" + k, h + k + index(d, n) + " = Ā" + k + index(d, n)
                + "·" + before + index(d, n) + " + " + bbarElement + "·x" + k + index(d));
    }

    /** The 1-based subscript of the zero-based step t: "₂" for t = 1. */
    private static String sub(int t) {
        return Subscripts.of(t + 1);
    }
}
