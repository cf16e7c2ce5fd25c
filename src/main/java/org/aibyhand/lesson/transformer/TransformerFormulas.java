package org.aibyhand.lesson.transformer;

import java.util.function.IntFunction;
import org.aibyhand.lesson.Pinned;
import org.aibyhand.lesson.ProductSum;
import org.aibyhand.lesson.Tensor;
import org.aibyhand.lesson.TimeLayout;
import org.aibyhand.lesson.TimeSums;

/**
 * The Transformer block's forward formulas: positional encoding, multi-head attention with a stable softmax and
 * the causal switch, residual, LayerNorm, ReLU feed-forward network, residual, LayerNorm and the loss. A row of a
 * token-indexed block is one formula filled along the tokens.
 */
final class TransformerFormulas {
    /** LayerNorm's ε, torch's default. */
    static final String EPSILON = "0.00001";

    private final TimeLayout layout;
    private final TransformerTensors t;

    TransformerFormulas(TimeLayout layout, TransformerTensors tensors) {
        this.layout = layout;
        this.t = tensors;
    }

    void write() {
        int d = t.model;
        for (int p = 0; p < d; p++) {
            int even = p - p % 2;
            for (int pos = 0; pos < t.tokens; pos++) {
                layout.formula(t.get("PE"), p, pos, "=" + (p % 2 == 0 ? "SIN(" : "COS(") + pos + "/10000^(" + even + "/" + d + "))");
            }
            fill("X_in", p, t.get("X").at(p, 0) + "+" + t.get("PE").at(p, 0));
            for (String w : new String[] {"q", "k", "v"}) {
                fill(w.toUpperCase(), p, product(d, "W_" + w, p, "X_in"));
            }
        }
        for (int h = 0; h < t.heads; h++) {
            for (int i = 0; i < t.tokens; i++) {
                softmaxRow(h, i);
            }
        }
        for (int r = 0; r < d; r++) {
            Tensor a = t.head("A", r / t.perHead());
            for (int i = 0; i < t.tokens; i++) {
                layout.formula(t.get("Z"), r, i, "=SUMPRODUCT(" + t.get("V").rowRange(r) + "," + a.rowRange(i) + ")");
            }
        }
        for (int p = 0; p < d; p++) {
            fill("attn_out", p, product(d, "W_o", p, "Z"));
            fill("R_1", p, t.get("X_in").at(p, 0) + "+" + t.get("attn_out").at(p, 0));
        }
        layerNorm(1, t.get("R_1"));
        for (int k = 0; k < t.ffn; k++) {
            fill("H_1", k, "MAX(0," + product(d, "W_1", k, "N_1") + "+" + t.get("b_1").fixed(k, 0) + ")");
        }
        for (int p = 0; p < d; p++) {
            fill("F", p, product(t.ffn, "W_2", p, "H_1") + "+" + t.get("b_2").fixed(p, 0));
            fill("R_2", p, t.get("N_1").at(p, 0) + "+" + t.get("F").at(p, 0));
        }
        layerNorm(2, t.get("R_2"));
        layout.formula(t.get("loss"), 0, 0, TimeSums.squaredError(t.get("N_2"), t.get("Y"), t.tokens));
    }

    /** Row i of head h: its scores, the shifted exponentials (masked after i when causal), its weights. */
    private void softmaxRow(int h, int i) {
        int dh = t.perHead();
        Tensor q = t.get("Q");
        Tensor k = t.get("K");
        Tensor s = t.head("S", h);
        Tensor e = t.head("S_exp", h);
        layout.fill(s, i, 0, t.tokens - 1, "=(" + ProductSum.of(dh, a -> Pinned.column(q.block(), h * dh + a, i),
                a -> k.at(h * dh + a, 0)) + ")/SQRT(" + dh + ")");
        String max = "IF(" + causal() + ",MAX(" + s.fixed(i, 0) + ":" + s.fixed(i, i) + "),MAX(" + s.fixed(i, 0) + ":"
                + s.fixed(i, t.tokens - 1) + "))";
        layout.fill(e, i, 0, i, "=EXP(" + s.at(i, 0) + "-" + max + ")");
        if (i + 1 < t.tokens) {
            layout.fill(e, i, i + 1, t.tokens - 1, "=IF(" + causal() + ",0,EXP(" + s.at(i, i + 1) + "-" + max + "))");
        }
        layout.fill(t.head("A", h), i, 0, t.tokens - 1, "=" + e.at(i, 0) + "/SUM(" + e.fixed(i, 0) + ":"
                + e.fixed(i, t.tokens - 1) + ")");
    }

    /** mu, var (a sum of squares written out), Nhat and N = γ ⊙ Nhat + β over the columns of {@code r}. */
    private void layerNorm(int n, Tensor r) {
        Tensor mu = t.get("mu_" + n);
        Tensor var = t.get("var_" + n);
        fill(mu.name(), 0, "AVERAGE(" + r.columnRange(0) + ")");
        IntFunction<String> deviation = p -> "(" + r.at(p, 0) + "-" + mu.at(0, 0) + ")";
        fill(var.name(), 0, "(" + ProductSum.of(t.model, deviation, deviation) + ")/" + t.model);
        for (int p = 0; p < t.model; p++) {
            fill("Nhat_" + n, p, "(" + r.at(p, 0) + "-" + mu.at(0, 0) + ")/SQRT(" + var.at(0, 0) + "+" + EPSILON + ")");
            fill("N_" + n, p, t.get("gamma_" + n).fixed(p, 0) + "*" + t.get("Nhat_" + n).at(p, 0) + "+"
                    + t.get("beta_" + n).fixed(p, 0));
        }
    }

    /** Row {@code row} of a weight times the first column of a token block: Σ W[row,k] B[k,t], filled along t. */
    private String product(int inner, String weight, int row, String block) {
        Tensor w = t.get(weight);
        Tensor b = t.get(block);
        return ProductSum.of(inner, k -> w.fixed(row, k), k -> b.at(k, 0));
    }

    private String causal() {
        return t.get("causal").fixed(0, 0);
    }

    private void fill(String name, int row, String text) {
        layout.fill(t.get(name), row, 0, t.tokens - 1, "=" + text);
    }
}
