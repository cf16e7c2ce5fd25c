package org.aibyhand.lesson;

import static org.aibyhand.lesson.BlockNotation.both;
import static org.aibyhand.lesson.BlockNotation.given;
import static org.aibyhand.lesson.BlockNotation.index;

/**
 * The math notation shared by the gated recurrences (LSTM, GRU): their givens, each gate's weights and the
 * gradients summed over time, and the read-out. Steps are written as subscripts from 1 (h₂[3] is hidden unit 3
 * at t = 2); j runs over inputs, k over hidden units, o over outputs.
 */
public final class GatedNotation {
    private GatedNotation() {
    }

    /** The 1-based subscript of the zero-based step t: "₂" for t = 1. */
    public static String step(int t) {
        return Subscripts.of(t + 1);
    }

    /** The previous step's subscript: "₀" at the first step. */
    public static String before(int t) {
        return Subscripts.of(t);
    }

    /** X, Y, the initial states, and the read-out's weights, values and gradients. */
    public static BlockNotation sequence(BlockNotation notation, Tensor x, ReadOut r) {
        return notation
                .add(x, (j, t) -> given("x" + step(t) + index(j), "input"))
                .add(r.y(), (o, t) -> given("y" + step(t) + index(o), "target"))
                .add(r.wHy(), (o, k) -> given("W_hy" + index(o, k), "weight"))
                .add(r.bY(), (o, j) -> given("b_y" + index(o), "bias"))
                .add(r.yHat(), (o, t) -> both("ŷ" + step(t) + " = W_hy h" + step(t) + " + b_y",
                        "ŷ" + step(t) + index(o) + " = Σₖ W_hy[" + (o + 1) + ",k] h" + step(t) + "[k] + b_y" + index(o)))
                .add(r.loss(), (i, j) -> both("loss = Σ (Ŷ − Y)² / (2T)", "loss = Σₒ Σₜ (ŷₜ[o] − yₜ[o])² / (2T)"))
                .add(r.dYHat(), (o, t) -> both("dŶ" + step(t) + " = (ŷ" + step(t) + " − y" + step(t) + ") / T",
                        "dŶ" + step(t) + index(o) + " = (ŷ" + step(t) + index(o) + " − y" + step(t) + index(o) + ") / T"))
                .add(r.dWHy(), (o, k) -> both("dW_hy = dŶ Hᵀ", "dW_hy" + index(o, k) + " = Σₜ dŶₜ" + index(o) + " hₜ" + index(k)))
                .add(r.dBY(), (o, j) -> both("db_y = Σₜ dŶₜ", "db_y" + index(o) + " = Σₜ dŶₜ" + index(o)));
    }

    /** An initial state such as h₀ or c₀. */
    public static BlockNotation initial(BlockNotation notation, Tensor state, String symbol, String what) {
        return notation.add(state, (k, t) -> given(symbol + index(k), what));
    }

    /** A gate's weights and bias as givens, and the gradients of each, summed over time from its δ. */
    public static BlockNotation gate(BlockNotation notation, Gate gate) {
        String delta = gate.delta().name();
        if (gate.w() != null) {
            String w = gate.w().name();
            notation.add(gate.w(), (i, j) -> given(w + index(i, j), "weight"))
                    .add(gate.dW(), (i, j) -> both("d" + w + " = " + delta + " Xᵀ",
                            "d" + w + index(i, j) + " = Σₜ " + delta + "ₜ" + index(i) + " xₜ" + index(j)));
        }
        if (gate.u() != null) {
            String u = gate.u().name();
            notation.add(gate.u(), (i, k) -> given(u + index(i, k), "weight"))
                    .add(gate.dU(), (i, k) -> both("d" + u + " = " + delta + " [h₀ … h_(T−1)]ᵀ",
                            "d" + u + index(i, k) + " = Σₜ " + delta + "ₜ" + index(i) + " hₜ₋₁" + index(k)));
        }
        String b = gate.b().name();
        return notation.add(gate.b(), (i, j) -> given(b + index(i), "bias"))
                .add(gate.dB(), (i, j) -> both("d" + b + " = Σₜ " + delta + "ₜ", "d" + b + index(i) + " = Σₜ " + delta + "ₜ" + index(i)));
    }

    /**
     * A gate's value σ(W x_t + U h_(t−1) + b) (or with tanh), by its symbol ("i") and {@code activation}
     * ("σ" or "tanh").
     */
    public static BlockNotation gateValue(BlockNotation notation, Gate gate, String symbol, String activation) {
        String w = gate.w().name();
        String u = gate.u().name();
        String b = gate.b().name();
        return notation.add(gate.value(), (i, t) -> both(
                symbol + step(t) + " = " + activation + "(" + w + " x" + step(t) + " + " + u + " h" + before(t) + " + " + b + ")",
                symbol + step(t) + index(i) + " = " + activation + "(Σⱼ " + w + "[" + (i + 1) + ",j] x" + step(t) + "[j] + Σₖ "
                        + u + "[" + (i + 1) + ",k] h" + before(t) + "[k] + " + b + index(i) + ")"));
    }
}
