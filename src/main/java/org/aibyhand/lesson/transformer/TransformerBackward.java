package org.aibyhand.lesson.transformer;

import org.aibyhand.lesson.ProductSum;
import org.aibyhand.lesson.Tensor;
import org.aibyhand.lesson.TimeLayout;
import org.aibyhand.lesson.TimeSums;

/**
 * The Transformer block's backward formulas for the parameters after the attention: the last LayerNorm's γ and
 * β, and the feed-forward network's W_2, b_2, W_1, b_1. Back through LayerNorm, with g = γ ⊙ dN:
 * dR = (g − mean(g) − Nhat ⊙ mean(g ⊙ Nhat)) / √(var + ε), the means over a token's column.
 */
final class TransformerBackward {
    private final TimeLayout layout;
    private final TransformerTensors t;

    TransformerBackward(TimeLayout layout, TransformerTensors tensors) {
        this.layout = layout;
        this.t = tensors;
    }

    void write() {
        int d = t.model;
        Tensor dN = t.get("dN_2");
        Tensor nHat = t.get("Nhat_2");
        Tensor gamma = t.get("gamma_2");
        Tensor dR = t.get("dR_2");
        String gammas = gamma.fixed(0, 0) + ":" + gamma.fixed(d - 1, 0);
        for (int p = 0; p < d; p++) {
            fill(dN, p, "(" + t.get("N_2").at(p, 0) + "-" + t.get("Y").at(p, 0) + ")/" + t.tokens);
            fill(dR, p, "(" + gamma.fixed(p, 0) + "*" + dN.at(p, 0) + "-SUMPRODUCT(" + gammas + "," + dN.columnRange(0) + ")/" + d
                    + "-" + nHat.at(p, 0) + "*SUMPRODUCT(" + gammas + "," + dN.columnRange(0) + "," + nHat.columnRange(0) + ")/" + d
                    + ")/SQRT(" + t.get("var_2").at(0, 0) + "+" + TransformerFormulas.EPSILON + ")");
            layout.formula(t.get("dgamma_2"), p, 0, "=SUMPRODUCT(" + dN.rowRange(p) + "," + nHat.rowRange(p) + ")");
        }
        Tensor w2 = t.get("W_2");
        Tensor h1 = t.get("H_1");
        for (int k = 0; k < t.ffn; k++) {
            int unit = k;
            fill(t.get("dH_1"), k, "IF(" + h1.at(k, 0) + ">0," + ProductSum.of(d, p -> w2.fixed(p, unit), p -> dR.at(p, 0)) + ",0)");
        }
        TimeSums sums = new TimeSums(layout);
        sums.sum(t.get("dbeta_2"), dN);
        sums.outer(t.get("dW_2"), dR, h1);
        sums.sum(t.get("db_2"), dR);
        sums.outer(t.get("dW_1"), t.get("dH_1"), t.get("N_1"));
        sums.sum(t.get("db_1"), t.get("dH_1"));
    }

    private void fill(Tensor tensor, int row, String text) {
        layout.fill(tensor, row, 0, t.tokens - 1, "=" + text);
    }
}
