package org.aibyhand.lesson.rnn;

import static org.aibyhand.lesson.BlockNotation.both;
import static org.aibyhand.lesson.BlockNotation.given;
import static org.aibyhand.lesson.BlockNotation.index;
import org.aibyhand.lesson.BlockNotation;
import org.aibyhand.lesson.CellNotation;
import org.aibyhand.lesson.Subscripts;

/**
 * The math notation of the {@link RnnLesson}'s cells, in the symbols of its equations: column t of X, H, Ŷ, Y,
 * dŶ, dH and dZ is the step vector x_t, h_t, ŷ_t, y_t, dŶ_t, dH_t, dZ_t, written with the step as a subscript
 * (h₂[3] is hidden unit 3 at t = 2). j runs over inputs, k over hidden units, o over outputs, t over steps.
 */
final class RnnNotation {
    private RnnNotation() {
    }

    static CellNotation of(RnnTensors n) {
        int steps = n.h().columns();
        return new BlockNotation()
                .add(n.x(), (i, t) -> given("x" + sub(t) + index(i), "input"))
                .add(n.y(), (o, t) -> given("y" + sub(t) + index(o), "target"))
                .add(n.h0(), (k, t) -> given("h₀" + index(k), "initial hidden state"))
                .add(n.wIh(), (i, j) -> given("W_ih" + index(i, j), "weight"))
                .add(n.wHh(), (i, k) -> given("W_hh" + index(i, k), "weight"))
                .add(n.wHy(), (o, k) -> given("W_hy" + index(o, k), "weight"))
                .add(n.bIh(), (i, j) -> given("b_ih" + index(i), "bias"))
                .add(n.bHh(), (i, j) -> given("b_hh" + index(i), "bias"))
                .add(n.bY(), (o, j) -> given("b_y" + index(o), "bias"))
                .add(n.h(), RnnNotation::hidden)
                .add(n.yHat(), (o, t) -> both("ŷ" + sub(t) + " = W_hy h" + sub(t) + " + b_y",
                        "ŷ" + sub(t) + index(o) + " = Σₖ W_hy[" + (o + 1) + ",k] h" + sub(t) + "[k] + b_y" + index(o)))
                .add(n.loss(), (i, j) -> both("loss = Σ (Ŷ − Y)² / (2T)", "loss = Σₒ Σₜ (ŷₜ[o] − yₜ[o])² / (2T)"))
                .add(n.dYHat(), (o, t) -> both("dŶ" + sub(t) + " = (ŷ" + sub(t) + " − y" + sub(t) + ") / T",
                        "dŶ" + sub(t) + index(o) + " = (ŷ" + sub(t) + index(o) + " − y" + sub(t) + index(o) + ") / T"))
                .add(n.dH(), (i, t) -> backThroughTime(i, t, steps))
                .add(n.dZ(), (i, t) -> both("dZ" + sub(t) + " = dH" + sub(t) + " ⊙ (1 − h" + sub(t) + "²)",
                        "dZ" + sub(t) + index(i) + " = dH" + sub(t) + index(i) + " · (1 − h" + sub(t) + index(i) + "²)"))
                .add(n.dWHy(), (o, k) -> both("dW_hy = dŶ Hᵀ", "dW_hy" + index(o, k) + " = Σₜ dŶₜ" + index(o) + " hₜ" + index(k)))
                .add(n.dBY(), (o, j) -> both("db_y = Σₜ dŶₜ", "db_y" + index(o) + " = Σₜ dŶₜ" + index(o)))
                .add(n.dWIh(), (i, j) -> both("dW_ih = dZ Xᵀ", "dW_ih" + index(i, j) + " = Σₜ dZₜ" + index(i) + " xₜ" + index(j)))
                .add(n.dWHh(), (i, k) -> both("dW_hh = dZ [h₀ … h_(T−1)]ᵀ",
                        "dW_hh" + index(i, k) + " = Σₜ dZₜ" + index(i) + " hₜ₋₁" + index(k)))
                .add(n.dBIh(), (i, j) -> both("db_ih = Σₜ dZₜ", "db_ih" + index(i) + " = Σₜ dZₜ" + index(i)))
                .add(n.dBHh(), (i, j) -> both("db_hh = Σₜ dZₜ", "db_hh" + index(i) + " = Σₜ dZₜ" + index(i)));
    }

    /** h_t[i] at the zero-based step t, reading h_(t−1) (h₀ at the first step). */
    private static String hidden(int i, int t) {
        String now = sub(t);
        String before = Subscripts.of(t);
        return both("h" + now + " = tanh(W_ih x" + now + " + b_ih + W_hh h" + before + " + b_hh)",
                "h" + now + index(i) + " = tanh(Σⱼ W_ih[" + (i + 1) + ",j] x" + now + "[j] + b_ih" + index(i)
                        + " + Σⱼ W_hh[" + (i + 1) + ",j] h" + before + "[j] + b_hh" + index(i) + ")");
    }

    /** dH_t[i]: through the output at t, and through h_(t+1) except at the last step. */
    private static String backThroughTime(int i, int t, int steps) {
        String now = sub(t);
        String output = "Σₒ W_hy[o," + (i + 1) + "] dŶ" + now + "[o]";
        if (t == steps - 1) {
            return both("dH" + now + " = W_hyᵀ dŶ" + now, "dH" + now + index(i) + " = " + output);
        }
        String next = sub(t + 1);
        return both("dH" + now + " = W_hyᵀ dŶ" + now + " + W_hhᵀ (dH" + next + " ⊙ (1 − h" + next + "²))",
                "dH" + now + index(i) + " = " + output + " + Σₖ W_hh[k," + (i + 1) + "] dH" + next + "[k] · (1 − h" + next
                        + "[k]²)");
    }

    /** The 1-based subscript of the zero-based step t: "₂" for t = 1. */
    private static String sub(int t) {
        return Subscripts.of(t + 1);
    }
}
