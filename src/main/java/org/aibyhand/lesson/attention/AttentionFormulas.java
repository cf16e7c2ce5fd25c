package org.aibyhand.lesson.attention;

import org.aibyhand.lesson.Pinned;
import org.aibyhand.lesson.ProductSum;
import org.aibyhand.lesson.Tensor;
import org.aibyhand.lesson.TimeLayout;
import org.aibyhand.lesson.TimeSums;

/**
 * The attention lesson's formulas, forward and backward. A row of a block is one formula filled along it where
 * the cells differ only in the token they read (pinned with $ where they read a fixed query's column);
 * the softmax subtracts each row's largest visible score before exp, and the causal mask is an IF on the
 * {@code causal} cell, so switching it recomputes everything.
 */
final class AttentionFormulas {
    private final TimeLayout layout;
    private final AttentionTensors n;
    private final int tokens;
    private final String scale;

    AttentionFormulas(TimeLayout layout, AttentionTensors tensors) {
        this.layout = layout;
        this.n = tensors;
        this.tokens = tensors.tokens();
        this.scale = "SQRT(" + tensors.key() + ")";
    }

    void write() {
        projections();
        for (int i = 0; i < tokens; i++) {
            softmaxRow(i);
        }
        for (int a = 0; a < n.key(); a++) {
            for (int i = 0; i < tokens; i++) {
                layout.formula(n.z(), a, i, "=SUMPRODUCT(" + n.v().rowRange(a) + "," + n.a().rowRange(i) + ")");
            }
        }
        for (int p = 0; p < n.model(); p++) {
            int row = p;
            fill(n.o(), p, ProductSum.of(n.key(), a -> n.wO().fixed(row, a), a -> n.z().at(a, 0)));
            fill(n.dO(), p, "(" + n.o().at(p, 0) + "-" + n.y().at(p, 0) + ")/" + tokens);
        }
        layout.formula(n.loss(), 0, 0, TimeSums.squaredError(n.o(), n.y(), tokens));
        backward();
    }

    private void projections() {
        for (int a = 0; a < n.key(); a++) {
            int row = a;
            fill(n.q(), a, ProductSum.of(n.model(), b -> n.wQ().fixed(row, b), b -> n.x().at(b, 0)));
            fill(n.k(), a, ProductSum.of(n.model(), b -> n.wK().fixed(row, b), b -> n.x().at(b, 0)));
            fill(n.v(), a, ProductSum.of(n.model(), b -> n.wV().fixed(row, b), b -> n.x().at(b, 0)));
        }
    }

    /** Row i of S, its visible maximum, the shifted exponentials (masked after i when causal), their sum, A. */
    private void softmaxRow(int i) {
        fill(n.s(), i, "(" + ProductSum.of(n.key(), a -> Pinned.column(n.q().block(), a, i), a -> n.k().at(a, 0)) + ")/" + scale);
        layout.formula(n.sMax(), i, 0, "=IF(" + causal() + ",MAX(" + n.s().at(i, 0) + ":" + n.s().at(i, i) + "),MAX("
                + n.s().rowRange(i) + "))");
        String shifted = "EXP(" + n.s().at(i, 0) + "-" + n.sMax().fixed(i, 0) + ")";
        layout.fill(n.sExp(), i, 0, i, "=" + shifted);
        if (i + 1 < tokens) {
            String later = "EXP(" + n.s().at(i, i + 1) + "-" + n.sMax().fixed(i, 0) + ")";
            layout.fill(n.sExp(), i, i + 1, tokens - 1, "=IF(" + causal() + ",0," + later + ")");
        }
        layout.formula(n.sSum(), i, 0, "=SUM(" + n.sExp().rowRange(i) + ")");
        fill(n.a(), i, n.sExp().at(i, 0) + "/" + n.sSum().fixed(i, 0));
    }

    private void backward() {
        TimeSums sums = new TimeSums(layout);
        sums.outer(n.dWO(), n.dO(), n.z());
        for (int a = 0; a < n.key(); a++) {
            int row = a;
            fill(n.dZ(), a, ProductSum.of(n.model(), p -> n.wO().fixed(p, row), p -> n.dO().at(p, 0)));
            fill(n.dV(), a, ProductSum.of(tokens, i -> Pinned.column(n.dZ().block(), row, i), i -> n.a().at(i, 0)));
        }
        for (int i = 0; i < tokens; i++) {
            int query = i;
            fill(n.dA(), i, ProductSum.of(n.key(), a -> Pinned.column(n.dZ().block(), a, query), a -> n.v().at(a, 0)));
            layout.formula(n.dAAvg(), i, 0, "=SUMPRODUCT(" + n.a().rowRange(i) + "," + n.dA().rowRange(i) + ")");
            fill(n.dS(), i, n.a().at(i, 0) + "*(" + n.dA().at(i, 0) + "-" + n.dAAvg().fixed(i, 0) + ")");
        }
        for (int a = 0; a < n.key(); a++) {
            int row = a;
            for (int i = 0; i < tokens; i++) {
                layout.formula(n.dQ(), a, i, "=SUMPRODUCT(" + n.dS().rowRange(i) + "," + n.k().rowRange(a) + ")/" + scale);
            }
            fill(n.dK(), a, "(" + ProductSum.of(tokens, i -> Pinned.column(n.q().block(), row, i), i -> n.dS().at(i, 0)) + ")/"
                    + scale);
        }
        sums.outer(n.dWQ(), n.dQ(), n.x());
        sums.outer(n.dWK(), n.dK(), n.x());
        sums.outer(n.dWV(), n.dV(), n.x());
    }

    private String causal() {
        return n.causal().fixed(0, 0);
    }

    private void fill(Tensor tensor, int i, String text) {
        layout.fill(tensor, i, 0, tokens - 1, "=" + text);
    }
}
