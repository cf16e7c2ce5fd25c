package org.aibyhand.lesson.rnn;

import org.aibyhand.lesson.Tensor;

/**
 * The named blocks of the RNN lesson, each seen with the time step as its second index. Names on the sheet:
 * X, W_ih, b_ih, W_hh, b_hh, h_0, W_hy, b_y, Y (given), H, Y_hat, loss (forward), dY_hat, dH, dZ and the
 * parameter gradients dW_hy, db_y, dW_ih, dW_hh, db_ih, db_hh (backward).
 */
record RnnTensors(Tensor x, Tensor wIh, Tensor bIh, Tensor wHh, Tensor bHh, Tensor h0, Tensor wHy, Tensor bY,
        Tensor y, Tensor h, Tensor yHat, Tensor loss, Tensor dYHat, Tensor dH, Tensor dZ, Tensor dWHy, Tensor dBY,
        Tensor dWIh, Tensor dWHh, Tensor dBIh, Tensor dBHh) {
}
