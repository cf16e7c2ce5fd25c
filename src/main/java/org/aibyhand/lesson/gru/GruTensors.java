package org.aibyhand.lesson.gru;

import org.aibyhand.lesson.Gate;
import org.aibyhand.lesson.ReadOut;
import org.aibyhand.lesson.Tensor;

/**
 * The named blocks of the GRU lesson, time along the second index: X, h_0, the reset and update gates, the
 * candidate's recurrent part n_hid = U_n h_(t−1) + b_hn (its own gate, so that dU_n and db_hn are sums of its
 * gradient dN_hid), the candidate n_cand with W_n and b_in, the hidden states H and their total gradient dH.
 */
record GruTensors(Tensor x, Tensor h0, Gate reset, Gate update, Gate hiddenPart, Gate candidate, Tensor h,
        ReadOut readOut, Tensor dH) {
}
