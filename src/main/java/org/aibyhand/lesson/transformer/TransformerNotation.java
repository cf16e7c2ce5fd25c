package org.aibyhand.lesson.transformer;

import static org.aibyhand.lesson.BlockNotation.both;
import static org.aibyhand.lesson.BlockNotation.given;
import static org.aibyhand.lesson.BlockNotation.index;

import org.aibyhand.lesson.BlockNotation;
import org.aibyhand.lesson.CellNotation;
import org.aibyhand.i18n.Texts;

/**
 * The math notation of the Transformer lesson's cells, with 1-based indices: p and r run over the model's
 * components, t over tokens, i over queries and j over keys, k over the feed-forward units.
 */
final class TransformerNotation {
    private TransformerNotation() {
    }

    static CellNotation of(TransformerTensors t) {
        BlockNotation n = new BlockNotation()
                .add(t.get("causal"), (i, j) -> given("causal", "switch (TRUE masks later keys)"))
                .add(t.get("X"), (p, s) -> given("X" + index(p, s), "token vector"))
                .add(t.get("Y"), (p, s) -> given("Y" + index(p, s), "target"));
        for (String w : new String[] {"W_q", "W_k", "W_v", "W_o", "W_1", "W_2"}) {
            n.add(t.get(w), (i, j) -> given(w + index(i, j), "weight"));
        }
        for (String b : new String[] {"b_1", "b_2", "beta_1", "beta_2"}) {
            n.add(t.get(b), (i, j) -> given(b + index(i), "bias"));
        }
        for (String g : new String[] {"gamma_1", "gamma_2"}) {
            n.add(t.get(g), (i, j) -> given(g + index(i), "LayerNorm scale"));
        }
        n.add(t.get("PE"), (p, s) -> both("PE[2i,t] = sin(t / 10000^(2i/d)), PE[2i+1,t] = cos(t / 10000^(2i/d))",
                "PE" + index(p, s) + " = " + (p % 2 == 0 ? "sin(" : "cos(") + s + " / 10000^(" + (p - p % 2) + "/" + t.model + "))"));
        n.add(t.get("X_in"), (p, s) -> both("X_in = X + PE", "X_in" + index(p, s) + " = X" + index(p, s) + " + PE" + index(p, s)));
        for (String w : new String[] {"Q", "K", "V"}) {
            String weight = "W_" + w.toLowerCase();
            n.add(t.get(w), (r, s) -> both(w + " = " + weight + " X_in", w + index(r, s) + " = Σₚ " + weight + "[" + (r + 1)
                    + ",p] X_in[p," + (s + 1) + "]"));
        }
        for (int h = 0; h < t.heads; h++) {
            String head = "_h" + (h + 1);
            int from = h * t.perHead() + 1;
            int to = from + t.perHead() - 1;
            n.add(t.head("S", h), (i, j) -> both("S" + head + " = Q" + head + "ᵀ K" + head + " / √dh", "S" + head + index(i, j)
                    + Texts.get("lesson.notation.sum_over_r") + from + "…" + to + " of Q[r," + (i + 1) + "] K[r," + (j + 1) + "] / √dh"));
            n.add(t.head("S_exp", h), (i, j) -> both("S_exp" + head + " = exp(S" + head + Texts.get("lesson.notation.row_visible_max"),
                    "S_exp" + head + index(i, j) + " = " + (j > i ? Texts.get("lesson.notation.zero_if_causal") : "") + "exp(S" + head + index(i, j)
                            + " − max_j S" + head + "[" + (i + 1) + ",j])"));
            n.add(t.head("A", h), (i, j) -> both("A" + head + Texts.get("lesson.notation.softmax_each_row") + head, "A" + head + index(i, j)
                    + " = S_exp" + head + index(i, j) + " / Σⱼ S_exp" + head + "[" + (i + 1) + ",j]"));
        }
        n.add(t.get("Z"), (r, i) -> both(Texts.get("lesson.notation.z_heads_stacked"), "Z" + index(r, i) + " = Σⱼ V[" + (r + 1)
                + ",j] A_h[" + (i + 1) + Texts.get("lesson.notation.head_of_row") + (r + 1)));
        n.add(t.get("attn_out"), (p, s) -> both("attn_out = W_o Z", "attn_out" + index(p, s) + " = Σᵣ W_o[" + (p + 1) + ",r] Z[r,"
                + (s + 1) + "]"));
        n.add(t.get("R_1"), (p, s) -> both("R_1 = X_in + attn_out", "R_1" + index(p, s) + " = X_in" + index(p, s) + " + attn_out"
                + index(p, s)));
        n.add(t.get("H_1"), (k, s) -> both("H_1 = ReLU(W_1 N_1 + b_1)", "H_1" + index(k, s) + " = max(0, Σₚ W_1[" + (k + 1)
                + ",p] N_1[p," + (s + 1) + "] + b_1" + index(k) + ")"));
        n.add(t.get("F"), (p, s) -> both("F = W_2 H_1 + b_2", "F" + index(p, s) + " = Σₖ W_2[" + (p + 1) + ",k] H_1[k," + (s + 1)
                + "] + b_2" + index(p)));
        n.add(t.get("R_2"), (p, s) -> both("R_2 = N_1 + F", "R_2" + index(p, s) + " = N_1" + index(p, s) + " + F" + index(p, s)));
        for (int layer = 1; layer <= 2; layer++) {
            layerNorm(n, t, layer);
        }
        return n.add(t.get("loss"), (i, j) -> both("loss = Σ (N_2 − Y)² / (2T)", "loss = Σₚ Σₜ (N_2[p,t] − Y[p,t])² / (2T)"))
                .add(t.get("dN_2"), (p, s) -> both("dN_2 = (N_2 − Y) / T", "dN_2" + index(p, s) + " = (N_2" + index(p, s) + " − Y"
                        + index(p, s) + ") / T"))
                .add(t.get("dgamma_2"), (p, j) -> both("dgamma_2 = Σₜ dN_2 ⊙ Nhat_2", "dgamma_2" + index(p) + " = Σₜ dN_2["
                        + (p + 1) + ",t] Nhat_2[" + (p + 1) + ",t]"))
                .add(t.get("dbeta_2"), (p, j) -> both("dbeta_2 = Σₜ dN_2", "dbeta_2" + index(p) + " = Σₜ dN_2[" + (p + 1) + ",t]"))
                .add(t.get("dR_2"), (p, s) -> both("dR_2 = (g − mean g − Nhat_2 ⊙ mean(g ⊙ Nhat_2)) / √(var_2 + ε), g = γ₂ ⊙ dN_2",
                        "dR_2" + index(p, s) + " = (γ₂" + index(p) + " dN_2" + index(p, s) + " − Σ_q γ₂[q] dN_2[q," + (s + 1)
                                + "]/d − Nhat_2" + index(p, s) + " Σ_q γ₂[q] dN_2[q," + (s + 1) + "] Nhat_2[q," + (s + 1)
                                + "]/d) / √(var_2[" + (s + 1) + "] + ε)"))
                .add(t.get("dW_2"), (p, k) -> both("dW_2 = dR_2 H_1ᵀ", "dW_2" + index(p, k) + " = Σₜ dR_2[" + (p + 1) + ",t] H_1["
                        + (k + 1) + ",t]"))
                .add(t.get("db_2"), (p, j) -> both("db_2 = Σₜ dR_2", "db_2" + index(p) + " = Σₜ dR_2[" + (p + 1) + ",t]"))
                .add(t.get("dH_1"), (k, s) -> both(Texts.get("lesson.notation.dh1_where"), "dH_1" + index(k, s) + " = Σₚ W_2[p," + (k + 1)
                        + "] dR_2[p," + (s + 1) + "] if H_1" + index(k, s) + Texts.get("lesson.notation.else_zero")))
                .add(t.get("dW_1"), (k, p) -> both("dW_1 = dH_1 N_1ᵀ", "dW_1" + index(k, p) + " = Σₜ dH_1[" + (k + 1) + ",t] N_1["
                        + (p + 1) + ",t]"))
                .add(t.get("db_1"), (k, j) -> both("db_1 = Σₜ dH_1", "db_1" + index(k) + " = Σₜ dH_1[" + (k + 1) + ",t]"));
    }

    /** mu, var, Nhat and N of LayerNorm {@code layer} over the columns of R_layer. */
    private static void layerNorm(BlockNotation n, TransformerTensors t, int layer) {
        String r = "R_" + layer;
        String mu = "mu_" + layer;
        String var = "var_" + layer;
        String nHat = "Nhat_" + layer;
        String out = "N_" + layer;
        String gamma = "gamma_" + layer;
        String beta = "beta_" + layer;
        n.add(t.get(mu), (i, s) -> both(mu + Texts.get("lesson.notation.mean_each_column") + r, mu + "[" + (s + 1) + "] = Σₚ " + r + "[p,"
                + (s + 1) + "] / d"))
                .add(t.get(var), (i, s) -> both(var + Texts.get("lesson.notation.mean_of") + r + " − " + mu + Texts.get("lesson.notation.per_column"), var + "[" + (s + 1)
                        + "] = Σₚ (" + r + "[p," + (s + 1) + "] − " + mu + "[" + (s + 1) + "])² / d"))
                .add(t.get(nHat), (p, s) -> both(nHat + " = (" + r + " − " + mu + ") / √(" + var + " + ε)", nHat + index(p, s)
                        + " = (" + r + index(p, s) + " − " + mu + "[" + (s + 1) + "]) / √(" + var + "[" + (s + 1) + "] + ε)"))
                .add(t.get(out), (p, s) -> both(out + " = " + gamma + " ⊙ " + nHat + " + " + beta, out + index(p, s) + " = "
                        + gamma + index(p) + " · " + nHat + index(p, s) + " + " + beta + index(p)));
    }
}
