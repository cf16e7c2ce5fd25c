package org.aibyhand.lesson.rnn;

import org.aibyhand.lesson.ProductSum;
import org.aibyhand.lesson.TimeLayout;
import org.aibyhand.lesson.TimeSums;

/**
 * The RNN lesson's formulas, forward and backward (back-propagation through time), as torch.nn.RNN computes
 * them. Each row of a time block is one formula filled along the steps: weights are absolute references,
 * inputs and states relative, so the formula a student reads at t = 1 is the one at every step.
 */
final class RnnFormulas {
    private final TimeLayout layout;
    private final RnnTensors n;
    private final int inputs;
    private final int hidden;
    private final int outputs;
    private final int steps;

    RnnFormulas(TimeLayout layout, RnnTensors tensors) {
        this.layout = layout;
        this.n = tensors;
        this.inputs = tensors.x().rows();
        this.hidden = tensors.h().rows();
        this.outputs = tensors.yHat().rows();
        this.steps = tensors.h().columns();
    }

    void write() {
        forward();
        backward();
        parameterGradients();
    }

    private void forward() {
        // h₀ lies in the column just before H, so the formula written for t = 1 (reading h₀) is, moved along,
        // the one for every later step (reading the column before it).
        if (!n.h().at(0, -1).equals(n.h0().at(0, 0))) {
            throw new IllegalStateException("h_0 must sit just before H");
        }
        for (int i = 0; i < hidden; i++) {
            int row = i;
            layout.fill(n.h(), i, 0, steps - 1, "=TANH(" + ProductSum.of(inputs, j -> n.wIh().fixed(row, j), j -> n.x().at(j, 0))
                    + "+" + n.bIh().fixed(i, 0)
                    + "+" + ProductSum.of(hidden, k -> n.wHh().fixed(row, k), k -> n.h0().at(k, 0))
                    + "+" + n.bHh().fixed(i, 0) + ")");
        }
        for (int o = 0; o < outputs; o++) {
            int row = o;
            layout.fill(n.yHat(), o, 0, steps - 1,
                    "=" + ProductSum.of(hidden, k -> n.wHy().fixed(row, k), k -> n.h().at(k, 0)) + "+" + n.bY().fixed(o, 0));
        }
        layout.formula(n.loss(), 0, 0, TimeSums.squaredError(n.yHat(), n.y(), steps));
    }

    private void backward() {
        for (int o = 0; o < outputs; o++) {
            layout.fill(n.dYHat(), o, 0, steps - 1, "=(" + n.yHat().at(o, 0) + "-" + n.y().at(o, 0) + ")/" + steps);
        }
        for (int i = 0; i < hidden; i++) {
            int column = i;
            // Through the output at t: the i-th column of W_hy against dŶ_t (W_hyᵀ dŶ_t).
            String last = ProductSum.of(outputs, o -> n.wHy().fixed(o, column), o -> n.dYHat().at(o, steps - 1));
            layout.formula(n.dH(), i, steps - 1, "=" + last);
            if (steps > 1) {
                // And through h_(t+1): W_hhᵀ (dH_(t+1) ⊙ (1 − h_(t+1)²)), written for t = 1 and filled to T − 1.
                String output = ProductSum.of(outputs, o -> n.wHy().fixed(o, column), o -> n.dYHat().at(o, 0));
                String next = ProductSum.of(hidden, k -> n.wHh().fixed(k, column),
                        k -> n.dH().at(k, 1) + "*(1-" + n.h().at(k, 1) + "^2)");
                layout.fill(n.dH(), i, 0, steps - 2, "=" + output + "+" + next);
            }
        }
        for (int i = 0; i < hidden; i++) {
            layout.fill(n.dZ(), i, 0, steps - 1, "=" + n.dH().at(i, 0) + "*(1-" + n.h().at(i, 0) + "^2)");
        }
    }

    /** Sums over time: SUMPRODUCT of two rows of the same length, one per weight. */
    private void parameterGradients() {
        TimeSums sums = new TimeSums(layout);
        sums.outer(n.dWHy(), n.dYHat(), n.h());
        sums.sum(n.dBY(), n.dYHat());
        sums.outer(n.dWIh(), n.dZ(), n.x());
        sums.previous(n.dWHh(), n.dZ(), n.h0(), n.h());
        sums.sum(n.dBIh(), n.dZ());
        sums.sum(n.dBHh(), n.dZ());
    }
}
