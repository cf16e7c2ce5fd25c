package org.aibyhand.lesson.lstm;

import static org.aibyhand.lesson.BlockNotation.both;
import static org.aibyhand.lesson.BlockNotation.index;
import static org.aibyhand.lesson.GatedNotation.before;
import static org.aibyhand.lesson.GatedNotation.step;

import org.aibyhand.lesson.BlockNotation;
import org.aibyhand.lesson.CellNotation;
import org.aibyhand.lesson.GatedNotation;

/** The math notation of the LSTM lesson's cells, in the symbols of its equations. */
final class LstmNotation {
    private LstmNotation() {
    }

    static CellNotation of(LstmTensors n) {
        int steps = n.h().columns();
        BlockNotation notation = GatedNotation.sequence(new BlockNotation(), n.x(), n.readOut());
        GatedNotation.initial(notation, n.h0(), "h₀", "initial hidden state");
        GatedNotation.initial(notation, n.c0(), "c₀", "initial cell state");
        GatedNotation.gateValue(notation, n.input(), "i", "σ");
        GatedNotation.gateValue(notation, n.forget(), "f", "σ");
        GatedNotation.gateValue(notation, n.candidate(), "g", "tanh");
        GatedNotation.gateValue(notation, n.output(), "o", "σ");
        GatedNotation.gate(notation, n.input());
        GatedNotation.gate(notation, n.forget());
        GatedNotation.gate(notation, n.candidate());
        GatedNotation.gate(notation, n.output());
        return notation
                .add(n.c(), (i, t) -> both("c" + step(t) + " = f" + step(t) + " ⊙ c" + before(t) + " + i" + step(t) + " ⊙ g" + step(t),
                        "c" + step(t) + index(i) + " = f" + step(t) + index(i) + " · c" + before(t) + index(i) + " + i" + step(t)
                                + index(i) + " · g" + step(t) + index(i)))
                .add(n.h(), (i, t) -> both("h" + step(t) + " = o" + step(t) + " ⊙ tanh(c" + step(t) + ")",
                        "h" + step(t) + index(i) + " = o" + step(t) + index(i) + " · tanh(c" + step(t) + index(i) + ")"))
                .add(n.dH(), (i, t) -> both(t == steps - 1 ? "dH" + step(t) + " = W_hyᵀ dŶ" + step(t)
                                : "dH" + step(t) + " = W_hyᵀ dŶ" + step(t) + " + Σ_g U_gᵀ dZ_g" + step(t + 1),
                        "dH" + step(t) + index(i) + " = Σₒ W_hy[o," + (i + 1) + "] dŶ" + step(t) + "[o]"
                                + (t == steps - 1 ? "" : " + Σ_g Σₖ U_g[k," + (i + 1) + "] dZ_g" + step(t + 1) + "[k]")))
                .add(n.dC(), (i, t) -> both("dC" + step(t) + " = dH" + step(t) + " ⊙ o" + step(t) + " ⊙ (1 − tanh²c" + step(t) + ")"
                                + (t == steps - 1 ? "" : " + dC" + step(t + 1) + " ⊙ f" + step(t + 1)),
                        "dC" + step(t) + index(i) + " = dH" + step(t) + index(i) + " · o" + step(t) + index(i) + " · (1 − tanh²c"
                                + step(t) + index(i) + ")" + (t == steps - 1 ? "" : " + dC" + step(t + 1) + index(i) + " · f"
                                + step(t + 1) + index(i))))
                .add(n.input().delta(), (i, t) -> both("dZ_i" + step(t) + " = dC" + step(t) + " ⊙ g" + step(t) + " ⊙ i" + step(t)
                        + " ⊙ (1 − i" + step(t) + ")", e("dZ_i", t, i) + " = " + e("dC", t, i) + " · " + e("g", t, i) + " · "
                        + e("i", t, i) + " · (1 − " + e("i", t, i) + ")"))
                .add(n.forget().delta(), (i, t) -> both("dZ_f" + step(t) + " = dC" + step(t) + " ⊙ c" + before(t) + " ⊙ f" + step(t)
                        + " ⊙ (1 − f" + step(t) + ")", e("dZ_f", t, i) + " = " + e("dC", t, i) + " · c" + before(t) + index(i)
                        + " · " + e("f", t, i) + " · (1 − " + e("f", t, i) + ")"))
                .add(n.candidate().delta(), (i, t) -> both("dZ_g" + step(t) + " = dC" + step(t) + " ⊙ i" + step(t) + " ⊙ (1 − g"
                        + step(t) + "²)", e("dZ_g", t, i) + " = " + e("dC", t, i) + " · " + e("i", t, i) + " · (1 − "
                        + e("g", t, i) + "²)"))
                .add(n.output().delta(), (i, t) -> both("dZ_o" + step(t) + " = dH" + step(t) + " ⊙ tanh(c" + step(t) + ") ⊙ o"
                        + step(t) + " ⊙ (1 − o" + step(t) + ")", e("dZ_o", t, i) + " = " + e("dH", t, i) + " · tanh("
                        + e("c", t, i) + ") · " + e("o", t, i) + " · (1 − " + e("o", t, i) + ")"));
    }

    /** An element at a step, such as "g₂[1]". */
    private static String e(String symbol, int t, int i) {
        return symbol + step(t) + index(i);
    }
}
