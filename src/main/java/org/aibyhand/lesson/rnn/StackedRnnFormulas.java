package org.aibyhand.lesson.rnn;

import java.util.List;
import org.aibyhand.lesson.ProductSum;
import org.aibyhand.lesson.Tensor;
import org.aibyhand.lesson.TimeLayout;
import org.aibyhand.lesson.TimeSums;

/**
 * A stacked or bidirectional RNN's formulas, forward and back through time. Each row of a time block is one
 * formula filled along the steps; the step with no recurrent neighbour (the last forward, the first in
 * reverse) has its own. What reaches a layer's h_t from above is the read-out's W_hyᵀ dŶ_t for the top layer,
 * and for the others each direction of the layer above's W_ihᵀ dZ_t, through the rows the state fills in the
 * stacked output.
 */
final class StackedRnnFormulas {
    private final TimeLayout layout;
    private final StackedRnnTensors n;
    private final int steps;

    StackedRnnFormulas(TimeLayout layout, StackedRnnTensors tensors) {
        this.layout = layout;
        this.n = tensors;
        this.steps = tensors.x().columns();
    }

    void write() {
        for (RnnCell cell : n.cells()) {
            forward(cell);
        }
        n.readOut().write(layout, n.top());
        TimeSums sums = new TimeSums(layout);
        for (RnnCell cell : n.cells()) {
            backward(cell);
            sums.outer(cell.dWIh(), cell.dZ(), cell.input());
            if (cell.reverse()) {
                sums.next(cell.dWHh(), cell.dZ(), cell.h0(), cell.h());
            } else {
                sums.previous(cell.dWHh(), cell.dZ(), cell.h0(), cell.h());
            }
            sums.sum(cell.dB(), cell.dZ());
        }
    }

    private void forward(RnnCell c) {
        for (int i = 0; i < c.h().rows(); i++) {
            int row = i;
            layout.fill(c.h(), i, 0, steps - 1, "=TANH(" + ProductSum.of(c.input().rows(), j -> c.wIh().fixed(row, j),
                    j -> c.input().at(j, 0)) + "+" + ProductSum.of(c.h().rows(), k -> c.wHh().fixed(row, k),
                    k -> c.h().at(k, c.previous())) + "+" + c.b().fixed(i, 0) + ")");
        }
    }

    private void backward(RnnCell c) {
        int edge = c.reverse() ? 0 : steps - 1;
        int from = c.reverse() ? 1 : 0;
        for (int i = 0; i < c.h().rows(); i++) {
            int unit = i;
            layout.formula(c.dH(), i, edge, "=" + fromAbove(c, i, edge));
            if (steps > 1) {
                // written for the first step filled; the recurrent neighbour is the step the state fed
                String recurrent = ProductSum.of(c.h().rows(), k -> c.wHh().fixed(k, unit), k -> c.dZ().at(k, from - c.previous()));
                layout.fill(c.dH(), i, from, from + steps - 2, "=" + fromAbove(c, i, from) + "+" + recurrent);
            }
            layout.fill(c.dZ(), i, 0, steps - 1, "=" + c.dH().at(i, 0) + "*(1-" + c.h().at(i, 0) + "^2)");
        }
    }

    /** What reaches h_t[i] from above, written for step t. */
    private String fromAbove(RnnCell c, int i, int t) {
        int row = c.offset() + i;
        if (c.layer() == n.layers().size()) {
            Tensor w = n.readOut().wHy();
            return ProductSum.of(w.rows(), o -> w.fixed(o, row), o -> n.readOut().dYHat().at(o, t));
        }
        StringBuilder text = new StringBuilder();
        List<RnnCell> above = n.layers().get(c.layer());
        for (RnnCell up : above) {
            if (text.length() > 0) {
                text.append('+');
            }
            text.append(ProductSum.of(up.h().rows(), k -> up.wIh().fixed(k, row), k -> up.dZ().at(k, t)));
        }
        return text.toString();
    }
}
