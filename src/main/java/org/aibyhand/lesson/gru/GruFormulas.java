package org.aibyhand.lesson.gru;

import java.util.List;
import org.aibyhand.lesson.Gate;
import org.aibyhand.lesson.Tensor;
import org.aibyhand.lesson.TimeLayout;
import org.aibyhand.lesson.TimeSums;

/**
 * The GRU lesson's formulas, as torch.nn.GRU computes forward, and backpropagation through time, each row of a
 * time block one formula filled along the steps; the last step of dH, which has no step after it, has its own.
 */
final class GruFormulas {
    private final TimeLayout layout;
    private final GruTensors n;
    private final int steps;

    GruFormulas(TimeLayout layout, GruTensors tensors) {
        this.layout = layout;
        this.n = tensors;
        this.steps = tensors.h().columns();
    }

    void write() {
        for (int i = 0; i < n.h().rows(); i++) {
            forward(i);
            backward(i);
        }
        n.readOut().write(layout, n.h());
        TimeSums sums = new TimeSums(layout);
        for (Gate gate : List.of(n.reset(), n.update(), n.hiddenPart(), n.candidate())) {
            gate.writeGradients(sums, n.x(), n.h0(), n.h());
        }
    }

    private void forward(int i) {
        Tensor r = n.reset().value();
        Tensor z = n.update().value();
        Tensor hid = n.hiddenPart().value();
        Tensor cand = n.candidate().value();
        fill(r, i, "1/(1+EXP(-(" + n.reset().preActivation(n.x(), n.h(), i) + ")))");
        fill(z, i, "1/(1+EXP(-(" + n.update().preActivation(n.x(), n.h(), i) + ")))");
        fill(hid, i, n.hiddenPart().preActivation(n.x(), n.h(), i));
        fill(cand, i, "TANH(" + n.candidate().preActivation(n.x(), n.h(), i) + "+" + at(r, i) + "*" + at(hid, i) + ")");
        fill(n.h(), i, "(1-" + at(z, i) + ")*" + at(cand, i) + "+" + at(z, i) + "*" + n.h().at(i, -1));
    }

    private void backward(int i) {
        int last = steps - 1;
        layout.formula(n.dH(), i, last, "=" + n.readOut().backThroughOutput(i, last));
        if (steps > 1) {
            String next = n.readOut().backThroughOutput(i, 0) + "+" + n.dH().at(i, 1) + "*" + n.update().value().at(i, 1)
                    + "+" + n.reset().backThroughU(i) + "+" + n.update().backThroughU(i) + "+" + n.hiddenPart().backThroughU(i);
            layout.fill(n.dH(), i, 0, steps - 2, "=" + next);
        }
        Tensor r = n.reset().value();
        Tensor z = n.update().value();
        Tensor cand = n.candidate().value();
        String dH = at(n.dH(), i);
        String dZn = at(n.candidate().delta(), i);
        fill(n.candidate().delta(), i, dH + "*(1-" + at(z, i) + ")*(1-" + at(cand, i) + "^2)");
        fill(n.hiddenPart().delta(), i, dZn + "*" + at(r, i));
        fill(n.update().delta(), i, dH + "*(" + n.h().at(i, -1) + "-" + at(cand, i) + ")*" + at(z, i) + "*(1-" + at(z, i) + ")");
        fill(n.reset().delta(), i, dZn + "*" + at(n.hiddenPart().value(), i) + "*" + at(r, i) + "*(1-" + at(r, i) + ")");
    }

    /** Element (i, first step) of a time block, as a relative address to be filled along time. */
    private static String at(Tensor tensor, int i) {
        return tensor.at(i, 0);
    }

    private void fill(Tensor tensor, int i, String text) {
        layout.fill(tensor, i, 0, steps - 1, "=" + text);
    }
}
