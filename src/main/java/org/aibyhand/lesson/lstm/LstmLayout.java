package org.aibyhand.lesson.lstm;

import org.aibyhand.lesson.Gate;
import org.aibyhand.lesson.GatedColumns;
import org.aibyhand.lesson.GatedDrawing;
import org.aibyhand.lesson.ReadOut;
import org.aibyhand.lesson.Role;
import org.aibyhand.lesson.Tensor;
import org.aibyhand.lesson.TimeBands;
import org.aibyhand.lesson.TimeLayout;

/**
 * Where the LSTM lesson's blocks go: one band per gate, each gate's W, U and b on the left of the rows they
 * produce; c_0 just before C_state and h_0 just before H, so step 1 reads its previous state as every later step
 * does; below, the backward pass: dŶ, dH, dC_state and each gate's pre-activation gradient with its
 * parameters' gradients on the left.
 */
final class LstmLayout {
    private LstmLayout() {
    }

    static LstmTensors draw(TimeLayout layout, GatedColumns columns, int outputs, String title) {
        GatedDrawing draw = new GatedDrawing(layout, columns);
        int hidden = columns.hidden();
        TimeBands bands = draw.begin(title, outputs);
        Tensor x = draw.input(bands);
        Gate in = draw.forward(bands, "W_i", "U_i", "b_i", "i_gate", "i (input gate)", Role.FORWARD,
                "i_t = σ(W_i x_t + U_i h_(t−1) + b_i)", "how much of the candidate to write");
        Gate forget = draw.forward(bands, "W_f", "U_f", "b_f", "f_gate", "f (forget gate)", Role.FORWARD,
                "f_t = σ(W_f x_t + U_f h_(t−1) + b_f)", "how much of the old cell state to keep");
        Gate candidate = draw.forward(bands, "W_g", "U_g", "b_g", "g_cand", "g (candidate)", Role.FORWARD,
                "g_t = tanh(W_g x_t + U_g h_(t−1) + b_g)");
        Gate out = draw.forward(bands, "W_o", "U_o", "b_o", "o_gate", "o (output gate)", Role.FORWARD,
                "o_t = σ(W_o x_t + U_o h_(t−1) + b_o)");
        int cRow = bands.next(hidden, "c_t = f_t ⊙ c_(t−1) + i_t ⊙ g_t", "the cell state: the gated memory");
        Tensor c0 = draw.initial("c_0", "c₀", cRow, hidden);
        Tensor c = draw.timed("C_state", "C (cell states)", cRow, hidden, Role.STATE);
        int hRow = bands.next(hidden, "h_t = o_t ⊙ tanh(c_t)");
        Tensor h0 = draw.initial("h_0", "h₀", hRow, hidden);
        Tensor h = draw.timed("H", "H (hidden states)", hRow, hidden, Role.STATE);
        ReadOut readOut = ReadOut.drawForward(draw, bands, outputs);

        bands.heading("Backward pass: the gradient of the loss with respect to each block", false);
        readOut = readOut.drawBackward(draw, bands);
        Tensor dH = draw.timed("dH", "dH", bands.next(hidden, "dH_t = W_hyᵀ dŶ_t + Σ_gates U_gᵀ dZ_g,(t+1)",
                "(the total derivative: through the output and through the next step)"), hidden, Role.GRADIENT);
        Tensor dC = draw.timed("dC_state", "dC", bands.next(hidden, "dC_t = dH_t ⊙ o_t ⊙ (1 − tanh²c_t) + dC_(t+1) ⊙ f_(t+1)"),
                hidden, Role.GRADIENT);
        in = draw.backward(bands, in, "dZ_i", "dZ_i = dC ⊙ g ⊙ i ⊙ (1 − i)", "dW_i = dZ_i Xᵀ, dU_i = dZ_i [h₀ … h_(T−1)]ᵀ",
                "db_i = Σ_t dZ_i,t");
        forget = draw.backward(bands, forget, "dZ_f", "dZ_f = dC ⊙ c_(t−1) ⊙ f ⊙ (1 − f)", "dW_f, dU_f, db_f likewise");
        candidate = draw.backward(bands, candidate, "dZ_g", "dZ_g = dC ⊙ i ⊙ (1 − g²)", "dW_g, dU_g, db_g likewise");
        out = draw.backward(bands, out, "dZ_o", "dZ_o = dH ⊙ tanh(c) ⊙ o ⊙ (1 − o)", "dW_o, dU_o, db_o likewise");
        draw.finish(bands);
        return new LstmTensors(x, h0, c0, in, forget, candidate, out, c, h, readOut, dH, dC);
    }
}
