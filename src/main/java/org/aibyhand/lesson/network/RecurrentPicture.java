package org.aibyhand.lesson.network;

import java.util.List;
import org.aibyhand.lesson.Role;
import org.aibyhand.lesson.network.TimeBands.Band;

/**
 * RNN, LSTM and GRU unrolled in time: per step the input xₜ at the bottom, the gates and states above it and
 * the output ŷₜ on top; weights as edges (the same weight cell on every step), element-wise products as fixed
 * links, and hₜ₋₁ feeding step t.
 */
final class RecurrentPicture {
    private RecurrentPicture() {
    }

    static NetworkPicture rnn(LessonTensors tensors) {
        if (!tensors.has("X", "H", "W_ih", "W_hh", "Y_hat") || tensors.area("X").rows() != tensors.area("W_ih").columns()) {
            return null; // a stacked RNN names its tensors per layer; a very long one lies transposed
        }
        PictureBuilder picture = new PictureBuilder(tensors);
        TimeBands time = new TimeBands(picture, "H", List.of(output(), hidden(), input()));
        for (int t = 0; t < time.steps(); t++) {
            List<Integer> h = time.at("h", t);
            picture.dense(time.at("x", t), h, "W_ih", "dW_ih");
            picture.dense(time.at("h", t - 1), h, "W_hh", "dW_hh");
            picture.bias(h, "b_ih", "db_ih");
            picture.bias(h, "b_hh", "db_hh");
            readOut(picture, time, t);
        }
        return picture.build("rnn");
    }

    static NetworkPicture lstm(LessonTensors tensors) {
        if (!tensors.has("X", "H", "C_state", "i_gate", "f_gate", "g_cand", "o_gate")) {
            return null;
        }
        PictureBuilder picture = new PictureBuilder(tensors);
        TimeBands time = new TimeBands(picture, "H", List.of(output(), hidden(),
                new Band("c", "C_state", "dC_state", Role.STATE, "c_0"), gate("o", "o_gate", "dZ_o"),
                gate("g", "g_cand", "dZ_g"), gate("f", "f_gate", "dZ_f"), gate("i", "i_gate", "dZ_i"), input()));
        for (int t = 0; t < time.steps(); t++) {
            for (String g : List.of("i", "f", "g", "o")) {
                weighted(picture, time, t, g, "W_" + g, "U_" + g, "b_" + g);
            }
            List<Integer> c = time.at("c", t);
            picture.elementwise(time.at("c", t - 1), c);
            picture.elementwise(time.at("f", t), c);
            picture.elementwise(time.at("i", t), c);
            picture.elementwise(time.at("g", t), c);
            picture.elementwise(time.at("o", t), time.at("h", t));
            picture.elementwise(c, time.at("h", t));
            readOut(picture, time, t);
        }
        return picture.build("lstm");
    }

    static NetworkPicture gru(LessonTensors tensors) {
        if (!tensors.has("X", "H", "r_gate", "z_gate", "n_hid", "n_cand")) {
            return null;
        }
        PictureBuilder picture = new PictureBuilder(tensors);
        TimeBands time = new TimeBands(picture, "H", List.of(output(), hidden(), gate("n", "n_cand", "dZ_n"),
                gate("n_h", "n_hid", "dN_hid"), gate("z", "z_gate", "dZ_z"), gate("r", "r_gate", "dZ_r"), input()));
        for (int t = 0; t < time.steps(); t++) {
            weighted(picture, time, t, "r", "W_r", "U_r", "b_r");
            weighted(picture, time, t, "z", "W_z", "U_z", "b_z");
            picture.dense(time.at("h", t - 1), time.at("n_h", t), "U_n", "dU_n");
            picture.bias(time.at("n_h", t), "b_hn", "db_hn");
            List<Integer> n = time.at("n", t);
            picture.dense(time.at("x", t), n, "W_n", "dW_n");
            picture.bias(n, "b_in", "db_in");
            picture.elementwise(time.at("r", t), n);
            picture.elementwise(time.at("n_h", t), n);
            List<Integer> h = time.at("h", t);
            picture.elementwise(n, h);
            picture.elementwise(time.at("z", t), h);
            picture.elementwise(time.at("h", t - 1), h);
            readOut(picture, time, t);
        }
        return picture.build("gru");
    }

    /** A gate fed by W xₜ, U hₜ₋₁ and its bias. */
    private static void weighted(PictureBuilder picture, TimeBands time, int t, String gate, String w, String u, String b) {
        List<Integer> to = time.at(gate, t);
        picture.dense(time.at("x", t), to, w, "d" + w);
        picture.dense(time.at("h", t - 1), to, u, "d" + u);
        picture.bias(to, b, "d" + b);
    }

    private static void readOut(PictureBuilder picture, TimeBands time, int t) {
        picture.dense(time.at("h", t), time.at("ŷ", t), "W_hy", "dW_hy");
        picture.bias(time.at("ŷ", t), "b_y", "db_y");
    }

    private static Band gate(String symbol, String tensor, String gradient) {
        return new Band(symbol, tensor, gradient, Role.FORWARD, null);
    }

    private static Band output() {
        return new Band("ŷ", "Y_hat", "dY_hat", Role.FORWARD, null);
    }

    private static Band hidden() {
        return new Band("h", "H", "dH", Role.STATE, "h_0");
    }

    private static Band input() {
        return new Band("x", "X", null, Role.INPUT, null);
    }
}
