package org.aibyhand.lesson.rnn;

import org.aibyhand.lesson.Tensor;

/**
 * One layer and direction of a stacked or bidirectional RNN as drawn: its input (X, or the layer below's
 * states, both directions stacked), weights W_ih and W_hh, bias b (b_ih + b_hh of torch, which only act as their
 * sum), initial state, states H, and backward dH (the total derivative of the loss), dZ = dH ⊙ (1 − H²) and the
 * parameters' gradients. A reverse cell runs from t = T down to 1: its initial state sits just after the last step.
 * {@code offset} is where its states start in the stacked output the next layer (or the read-out) reads.
 */
record RnnCell(int layer, boolean reverse, int offset, Tensor input, Tensor wIh, Tensor wHh, Tensor b, Tensor h0,
        Tensor h, Tensor dH, Tensor dZ, Tensor dWIh, Tensor dWHh, Tensor dB) {

    /** The suffix of its names: "_l2" for layer 2, "_l2r" for its reverse direction. */
    static String suffix(int layer, boolean reverse) {
        return "_l" + layer + (reverse ? "r" : "");
    }

    String suffix() {
        return suffix(layer, reverse);
    }

    /** The step whose state this one reads: −1 (the one before) forward, +1 (the one after) in reverse. */
    int previous() {
        return reverse ? 1 : -1;
    }

    /** With its backward blocks. */
    RnnCell withBackward(Tensor dH, Tensor dZ, Tensor dWIh, Tensor dWHh, Tensor dB) {
        return new RnnCell(layer, reverse, offset, input, wIh, wHh, b, h0, h, dH, dZ, dWIh, dWHh, dB);
    }
}
