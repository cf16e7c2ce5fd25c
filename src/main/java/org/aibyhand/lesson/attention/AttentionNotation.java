package org.aibyhand.lesson.attention;

import static org.aibyhand.lesson.BlockNotation.both;
import static org.aibyhand.lesson.BlockNotation.given;
import static org.aibyhand.lesson.BlockNotation.index;

import org.aibyhand.lesson.BlockNotation;
import org.aibyhand.lesson.CellNotation;
import org.aibyhand.lesson.Tensor;
import org.aibyhand.i18n.Texts;

/**
 * The math notation of the attention lesson's cells, with 1-based indices: i is a query (a row of S and A),
 * j a key, a a component of a query, key or value, p a component of the model's vectors.
 */
final class AttentionNotation {
    private AttentionNotation() {
    }

    static CellNotation of(AttentionTensors n) {
        BlockNotation notation = new BlockNotation()
                .add(n.causal(), (i, j) -> given("causal", "switch (TRUE masks later keys)"))
                .add(n.x(), (p, t) -> given("X" + index(p, t), "token vector"))
                .add(n.y(), (p, t) -> given("Y" + index(p, t), "target"));
        weight(notation, n.wQ(), "W_q");
        weight(notation, n.wK(), "W_k");
        weight(notation, n.wV(), "W_v");
        weight(notation, n.wO(), "W_o");
        projection(notation, n.q(), "Q", "W_q");
        projection(notation, n.k(), "K", "W_k");
        projection(notation, n.v(), "V", "W_v");
        return notation
                .add(n.s(), (i, j) -> both("S = QᵀK / √dk", "S" + index(i, j) + " = Σₐ Q[a," + (i + 1) + "] K[a," + (j + 1) + "] / √dk"))
                .add(n.sMax(), (i, j) -> both(Texts.get("lesson.notation.s_max"),
                        "S_max" + index(i) + Texts.get("lesson.notation.max_over_j") + " (j ≤ " + (i + 1) + Texts.get("lesson.notation.when_causal_of_s") + (i + 1) + ",j]"))
                .add(n.sExp(), (i, j) -> both(Texts.get("lesson.notation.s_exp"),
                        "S_exp" + index(i, j) + " = " + (j > i ? Texts.get("lesson.notation.zero_if_causal") : "") + "exp(S" + index(i, j) + " − S_max"
                                + index(i) + ")"))
                .add(n.sSum(), (i, j) -> both("S_sum = Σⱼ S_exp", "S_sum" + index(i) + " = Σⱼ S_exp[" + (i + 1) + ",j]"))
                .add(n.a(), (i, j) -> both(Texts.get("lesson.notation.a_attn"),
                        "A_attn" + index(i, j) + " = S_exp" + index(i, j) + " / S_sum" + index(i)))
                .add(n.z(), (a, i) -> both("Z = V A_attnᵀ", "Z" + index(a, i) + " = Σⱼ V[" + (a + 1) + ",j] A_attn[" + (i + 1) + ",j]"))
                .add(n.o(), (p, t) -> both("O = W_o Z", "O" + index(p, t) + " = Σₐ W_o[" + (p + 1) + ",a] Z[a," + (t + 1) + "]"))
                .add(n.loss(), (i, j) -> both("loss = Σ (O − Y)² / (2T)", "loss = Σₚ Σₜ (O[p,t] − Y[p,t])² / (2T)"))
                .add(n.dO(), (p, t) -> both("dO = (O − Y) / T", "dO" + index(p, t) + " = (O" + index(p, t) + " − Y" + index(p, t) + ") / T"))
                .add(n.dWO(), (p, a) -> both("dW_o = dO Zᵀ", "dW_o" + index(p, a) + " = Σₜ dO[" + (p + 1) + ",t] Z[" + (a + 1) + ",t]"))
                .add(n.dZ(), (a, t) -> both("dZ = W_oᵀ dO", "dZ" + index(a, t) + " = Σₚ W_o[p," + (a + 1) + "] dO[p," + (t + 1) + "]"))
                .add(n.dV(), (a, j) -> both("dV = dZ A_attn", "dV" + index(a, j) + " = Σᵢ dZ[" + (a + 1) + ",i] A_attn[i," + (j + 1) + "]"))
                .add(n.dWV(), (a, b) -> both("dW_v = dV Xᵀ", "dW_v" + index(a, b) + " = Σₜ dV[" + (a + 1) + ",t] X[" + (b + 1) + ",t]"))
                .add(n.dA(), (i, j) -> both("dA_attn = dZᵀ V", "dA_attn" + index(i, j) + " = Σₐ dZ[a," + (i + 1) + "] V[a," + (j + 1) + "]"))
                .add(n.dAAvg(), (i, j) -> both(Texts.get("lesson.notation.da_avg"),
                        "dA_avg" + index(i) + " = Σⱼ A_attn[" + (i + 1) + ",j] dA_attn[" + (i + 1) + ",j]"))
                .add(n.dS(), (i, j) -> both("dS = A_attn ⊙ (dA_attn − dA_avg)",
                        "dS" + index(i, j) + " = A_attn" + index(i, j) + " (dA_attn" + index(i, j) + " − dA_avg" + index(i) + ")"))
                .add(n.dQ(), (a, i) -> both("dQ = K dSᵀ / √dk", "dQ" + index(a, i) + " = Σⱼ dS[" + (i + 1) + ",j] K[" + (a + 1) + ",j] / √dk"))
                .add(n.dWQ(), (a, b) -> both("dW_q = dQ Xᵀ", "dW_q" + index(a, b) + " = Σₜ dQ[" + (a + 1) + ",t] X[" + (b + 1) + ",t]"))
                .add(n.dK(), (a, j) -> both("dK = Q dS / √dk", "dK" + index(a, j) + " = Σᵢ Q[" + (a + 1) + ",i] dS[i," + (j + 1) + "] / √dk"))
                .add(n.dWK(), (a, b) -> both("dW_k = dK Xᵀ", "dW_k" + index(a, b) + " = Σₜ dK[" + (a + 1) + ",t] X[" + (b + 1) + ",t]"));
    }

    private static void weight(BlockNotation notation, Tensor w, String name) {
        notation.add(w, (i, j) -> given(name + index(i, j), "weight"));
    }

    private static void projection(BlockNotation notation, Tensor result, String name, String weight) {
        notation.add(result, (a, t) -> both(name + " = " + weight + " X",
                name + index(a, t) + " = Σₚ " + weight + "[" + (a + 1) + ",p] X[p," + (t + 1) + "]"));
    }
}
