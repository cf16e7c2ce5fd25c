package org.aibyhand.lesson.lstm;

import org.aibyhand.lesson.Gate;
import org.aibyhand.lesson.ReadOut;
import org.aibyhand.lesson.Tensor;

/**
 * The named blocks of the LSTM lesson, time along the second index: the input X, the initial states h_0 and
 * c_0, the four gates (input i, forget f, candidate g, output o) with their weights and pre-activation
 * gradients, the cell states C_state, the hidden states H, their total gradients dH and dC_state, and the read-out.
 */
record LstmTensors(Tensor x, Tensor h0, Tensor c0, Gate input, Gate forget, Gate candidate, Gate output, Tensor c,
        Tensor h, ReadOut readOut, Tensor dH, Tensor dC) {
}
