package org.aibyhand.lesson.attention;

import org.aibyhand.lesson.Tensor;

/**
 * The named blocks of the attention lesson. Token-indexed tensors (X, Q, K, V, Z, O, Y and their gradients) have
 * a column per token; the T×T ones (S, S_exp, A_attn, dA_attn, dS) a row per query and a column per key; the
 * T×1 ones (S_max, S_sum, dA_avg) a row per query. {@code causal} is one editable TRUE/FALSE cell.
 */
record AttentionTensors(Tensor x, Tensor causal, Tensor wQ, Tensor wK, Tensor wV, Tensor wO, Tensor q, Tensor k,
        Tensor v, Tensor s, Tensor sMax, Tensor sExp, Tensor sSum, Tensor a, Tensor z, Tensor o, Tensor y, Tensor loss,
        Tensor dO, Tensor dWO, Tensor dZ, Tensor dV, Tensor dWV, Tensor dA, Tensor dAAvg, Tensor dS, Tensor dQ,
        Tensor dWQ, Tensor dK, Tensor dWK) {

    int model() {
        return x.rows();
    }

    int key() {
        return q.rows();
    }

    int tokens() {
        return x.columns();
    }
}
