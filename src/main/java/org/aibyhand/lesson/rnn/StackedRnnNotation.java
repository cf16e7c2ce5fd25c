package org.aibyhand.lesson.rnn;

import static org.aibyhand.lesson.BlockNotation.both;
import static org.aibyhand.lesson.BlockNotation.given;
import static org.aibyhand.lesson.BlockNotation.index;
import static org.aibyhand.lesson.GatedNotation.step;

import org.aibyhand.lesson.BlockNotation;
import org.aibyhand.lesson.CellNotation;
import org.aibyhand.lesson.GatedNotation;
import org.aibyhand.i18n.Texts;

/**
 * The math notation of a stacked or bidirectional RNN's cells. A layer's symbols carry its suffix (h_l2 is
 * layer 2's state, h_l2r its reverse direction's), steps are subscripts from 1.
 */
final class StackedRnnNotation {
    private StackedRnnNotation() {
    }

    static CellNotation of(StackedRnnTensors n) {
        BlockNotation notation = GatedNotation.sequence(new BlockNotation(), n.x(), n.readOut());
        int steps = n.x().columns();
        for (RnnCell c : n.cells()) {
            String s = c.suffix();
            String h = "h" + s;
            String in = c.layer() == 1 ? "x" : "in" + s;
            String neighbour = c.reverse() ? "t+1" : "t−1";
            notation.add(c.wIh(), (i, j) -> given("W_ih" + s + index(i, j), "weight"))
                    .add(c.wHh(), (i, j) -> given("W_hh" + s + index(i, j), "weight"))
                    .add(c.b(), (i, j) -> given("b" + s + index(i), "bias"))
                    .add(c.h0(), (i, j) -> given("h_0" + s + index(i), "initial state"))
                    .add(c.h(), (i, t) -> both(h + "_t = tanh(W_ih" + s + " " + in + "_t + W_hh" + s + " " + h + "_(" + neighbour + ") + b"
                            + s + ")", h + step(t) + index(i) + " = tanh(Σⱼ W_ih" + s + "[" + (i + 1) + ",j] " + in + step(t)
                            + "[j] + Σₖ W_hh" + s + "[" + (i + 1) + ",k] " + h + "_(" + neighbour + ")[k] + b" + s + index(i) + ")"))
                    .add(c.dH(), (i, t) -> both("dH" + s + Texts.get("lesson.notation.what_reaches") + h + Texts.get("lesson.notation.from_above")
                            + (t == (c.reverse() ? 0 : steps - 1) ? "" : " + W_hh" + s + "ᵀ dZ" + s + "_(" + (c.reverse() ? "t−1" : "t+1") + ")"),
                            "dH" + s + step(t) + index(i) + Texts.get("lesson.notation.weights_from_unit") + (i + 1) + Texts.get("lesson.notation.their_gradients")
                                    + (t + 1) + ")" + (t == (c.reverse() ? 0 : steps - 1) ? "" : " + Σₖ W_hh" + s + "[k," + (i + 1)
                                    + "] dZ" + s + "_(" + (c.reverse() ? "t−1" : "t+1") + ")[k]")))
                    .add(c.dZ(), (i, t) -> both("dZ" + s + " = dH" + s + " ⊙ (1 − H" + s + "²)", "dZ" + s + step(t) + index(i)
                            + " = dH" + s + step(t) + index(i) + " · (1 − " + h + step(t) + index(i) + "²)"))
                    .add(c.dWIh(), (i, j) -> both("dW_ih" + s + " = dZ" + s + " " + in + "ᵀ", "dW_ih" + s + index(i, j) + " = Σₜ dZ"
                            + s + "ₜ" + index(i) + " " + in + "ₜ" + index(j)))
                    .add(c.dWHh(), (i, k) -> both("dW_hh" + s + " = dZ" + s + " [" + h + "_(" + neighbour + ")]ᵀ", "dW_hh" + s
                            + index(i, k) + " = Σₜ dZ" + s + "ₜ" + index(i) + " " + h + "_(" + neighbour + ")" + index(k)))
                    .add(c.dB(), (i, j) -> both("db" + s + " = Σₜ dZ" + s, "db" + s + index(i) + " = Σₜ dZ" + s + "ₜ" + index(i)));
        }
        return notation;
    }
}
