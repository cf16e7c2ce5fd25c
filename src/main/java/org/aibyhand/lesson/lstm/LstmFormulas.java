package org.aibyhand.lesson.lstm;

import java.util.List;
import org.aibyhand.lesson.Gate;
import org.aibyhand.lesson.TimeLayout;
import org.aibyhand.lesson.TimeSums;
import org.aibyhand.lesson.Tensor;

/**
 * The LSTM lesson's formulas, as torch.nn.LSTM computes forward, and backpropagation through time. Each row of
 * a time block is one formula filled along the steps (weights absolute, states relative); the last step of the
 * backward recurrences, which has no step after it, gets its own.
 */
final class LstmFormulas {
    private final TimeLayout layout;
    private final LstmTensors n;
    private final int hidden;
    private final int steps;

    LstmFormulas(TimeLayout layout, LstmTensors tensors) {
        this.layout = layout;
        this.n = tensors;
        this.hidden = tensors.h().rows();
        this.steps = tensors.h().columns();
    }

    void write() {
        for (int i = 0; i < hidden; i++) {
            forward(i);
            backward(i);
        }
        n.readOut().write(layout, n.h());
        TimeSums sums = new TimeSums(layout);
        for (Gate gate : gates()) {
            gate.writeGradients(sums, n.x(), n.h0(), n.h());
        }
    }

    private List<Gate> gates() {
        return List.of(n.input(), n.forget(), n.candidate(), n.output());
    }

    private void forward(int i) {
        fill(n.input().value(), i, sigmoid(n.input().preActivation(n.x(), n.h(), i)));
        fill(n.forget().value(), i, sigmoid(n.forget().preActivation(n.x(), n.h(), i)));
        fill(n.candidate().value(), i, "TANH(" + n.candidate().preActivation(n.x(), n.h(), i) + ")");
        fill(n.output().value(), i, sigmoid(n.output().preActivation(n.x(), n.h(), i)));
        fill(n.c(), i, at(n.forget().value(), i) + "*" + n.c().at(i, -1) + "+" + at(n.input().value(), i) + "*"
                + at(n.candidate().value(), i));
        fill(n.h(), i, at(n.output().value(), i) + "*TANH(" + at(n.c(), i) + ")");
    }

    private void backward(int i) {
        int last = steps - 1;
        layout.formula(n.dH(), i, last, "=" + n.readOut().backThroughOutput(i, last));
        String keep = at(n.dH(), i) + "*" + at(n.output().value(), i) + "*(1-TANH(" + at(n.c(), i) + ")^2)";
        String keepLast = n.dH().at(i, last) + "*" + n.output().value().at(i, last) + "*(1-TANH(" + n.c().at(i, last) + ")^2)";
        layout.formula(n.dC(), i, last, "=" + keepLast);
        if (steps > 1) {
            StringBuilder next = new StringBuilder(n.readOut().backThroughOutput(i, 0));
            for (Gate gate : gates()) {
                next.append('+').append(gate.backThroughU(i));
            }
            layout.fill(n.dH(), i, 0, steps - 2, "=" + next);
            layout.fill(n.dC(), i, 0, steps - 2, "=" + keep + "+" + n.dC().at(i, 1) + "*" + n.forget().value().at(i, 1));
        }
        String dC = at(n.dC(), i);
        Tensor in = n.input().value();
        Tensor f = n.forget().value();
        Tensor g = n.candidate().value();
        Tensor o = n.output().value();
        fill(n.input().delta(), i, dC + "*" + at(g, i) + "*" + at(in, i) + "*(1-" + at(in, i) + ")");
        fill(n.forget().delta(), i, dC + "*" + n.c().at(i, -1) + "*" + at(f, i) + "*(1-" + at(f, i) + ")");
        fill(n.candidate().delta(), i, dC + "*" + at(in, i) + "*(1-" + at(g, i) + "^2)");
        fill(n.output().delta(), i, at(n.dH(), i) + "*TANH(" + at(n.c(), i) + ")*" + at(o, i) + "*(1-" + at(o, i) + ")");
    }

    private static String sigmoid(String preActivation) {
        return "1/(1+EXP(-(" + preActivation + ")))";
    }

    /** Element (i, first step) of a time block, as a relative address to be filled along time. */
    private static String at(Tensor tensor, int i) {
        return tensor.at(i, 0);
    }

    private void fill(Tensor tensor, int i, String text) {
        layout.fill(tensor, i, 0, steps - 1, "=" + text);
    }
}
