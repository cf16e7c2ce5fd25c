package org.aibyhand.lesson.gru;

import static org.aibyhand.lesson.BlockNotation.both;
import static org.aibyhand.lesson.BlockNotation.index;
import static org.aibyhand.lesson.GatedNotation.before;
import static org.aibyhand.lesson.GatedNotation.step;

import org.aibyhand.lesson.BlockNotation;
import org.aibyhand.lesson.CellNotation;
import org.aibyhand.lesson.GatedNotation;

/** The math notation of the GRU lesson's cells, in the symbols of its equations. */
final class GruNotation {
    private GruNotation() {
    }

    static CellNotation of(GruTensors n) {
        int steps = n.h().columns();
        BlockNotation notation = GatedNotation.sequence(new BlockNotation(), n.x(), n.readOut());
        GatedNotation.initial(notation, n.h0(), "h₀", "initial hidden state");
        GatedNotation.gateValue(notation, n.reset(), "r", "σ");
        GatedNotation.gateValue(notation, n.update(), "z", "σ");
        GatedNotation.gate(notation, n.reset());
        GatedNotation.gate(notation, n.update());
        GatedNotation.gate(notation, n.hiddenPart());
        GatedNotation.gate(notation, n.candidate());
        return notation
                .add(n.hiddenPart().value(), (i, t) -> both("n_hid" + step(t) + " = U_n h" + before(t) + " + b_hn",
                        e("n_hid", t, i) + " = Σₖ U_n[" + (i + 1) + ",k] h" + before(t) + "[k] + b_hn" + index(i)))
                .add(n.candidate().value(), (i, t) -> both("n" + step(t) + " = tanh(W_n x" + step(t) + " + b_in + r" + step(t)
                        + " ⊙ n_hid" + step(t) + ")", e("n", t, i) + " = tanh(Σⱼ W_n[" + (i + 1) + ",j] x" + step(t) + "[j] + b_in"
                        + index(i) + " + " + e("r", t, i) + " · " + e("n_hid", t, i) + ")"))
                .add(n.h(), (i, t) -> both("h" + step(t) + " = (1 − z" + step(t) + ") ⊙ n" + step(t) + " + z" + step(t) + " ⊙ h"
                        + before(t), e("h", t, i) + " = (1 − " + e("z", t, i) + ") · " + e("n", t, i) + " + " + e("z", t, i)
                        + " · h" + before(t) + index(i)))
                .add(n.dH(), (i, t) -> both(t == steps - 1 ? "dH" + step(t) + " = W_hyᵀ dŶ" + step(t)
                                : "dH" + step(t) + " = W_hyᵀ dŶ" + step(t) + " + dH" + step(t + 1) + " ⊙ z" + step(t + 1)
                                + " + U_rᵀ dZ_r" + step(t + 1) + " + U_zᵀ dZ_z" + step(t + 1) + " + U_nᵀ dN_hid" + step(t + 1),
                        e("dH", t, i) + " = Σₒ W_hy[o," + (i + 1) + "] dŶ" + step(t) + "[o]" + (t == steps - 1 ? ""
                                : " + " + e("dH", t + 1, i) + " · " + e("z", t + 1, i) + " + Σₖ (U_r[k," + (i + 1) + "] dZ_r"
                                + step(t + 1) + "[k] + U_z[k," + (i + 1) + "] dZ_z" + step(t + 1) + "[k] + U_n[k," + (i + 1)
                                + "] dN_hid" + step(t + 1) + "[k])")))
                .add(n.candidate().delta(), (i, t) -> both("dZ_n" + step(t) + " = dH" + step(t) + " ⊙ (1 − z" + step(t) + ") ⊙ (1 − n"
                        + step(t) + "²)", e("dZ_n", t, i) + " = " + e("dH", t, i) + " · (1 − " + e("z", t, i) + ") · (1 − "
                        + e("n", t, i) + "²)"))
                .add(n.hiddenPart().delta(), (i, t) -> both("dN_hid" + step(t) + " = dZ_n" + step(t) + " ⊙ r" + step(t),
                        e("dN_hid", t, i) + " = " + e("dZ_n", t, i) + " · " + e("r", t, i)))
                .add(n.update().delta(), (i, t) -> both("dZ_z" + step(t) + " = dH" + step(t) + " ⊙ (h" + before(t) + " − n" + step(t)
                        + ") ⊙ z" + step(t) + " ⊙ (1 − z" + step(t) + ")", e("dZ_z", t, i) + " = " + e("dH", t, i) + " · (h"
                        + before(t) + index(i) + " − " + e("n", t, i) + ") · " + e("z", t, i) + " · (1 − " + e("z", t, i) + ")"))
                .add(n.reset().delta(), (i, t) -> both("dZ_r" + step(t) + " = dZ_n" + step(t) + " ⊙ n_hid" + step(t) + " ⊙ r"
                        + step(t) + " ⊙ (1 − r" + step(t) + ")", e("dZ_r", t, i) + " = " + e("dZ_n", t, i) + " · "
                        + e("n_hid", t, i) + " · " + e("r", t, i) + " · (1 − " + e("r", t, i) + ")"));
    }

    /** An element at a step, such as "z₂[1]". */
    private static String e(String symbol, int t, int i) {
        return symbol + step(t) + index(i);
    }
}
