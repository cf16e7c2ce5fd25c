package org.aibyhand.lesson.lstm;

import org.aibyhand.lesson.Gate;
import org.aibyhand.lesson.GatedColumns;
import org.aibyhand.lesson.GatedDrawing;
import org.aibyhand.lesson.ReadOut;
import org.aibyhand.lesson.Role;
import org.aibyhand.lesson.Tensor;
import org.aibyhand.lesson.TimeBands;
import org.aibyhand.lesson.TimeLayout;
import org.aibyhand.i18n.Texts;

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
        Gate in = draw.forward(bands, "W_i", "U_i", "b_i", "i_gate", Texts.get("lesson.text.input_gate"), Role.FORWARD,
                "i_t = σ(W_i x_t + U_i h_(t−1) + b_i)", Texts.get("lesson.text.how_much_of_the_candidate"));
        Gate forget = draw.forward(bands, "W_f", "U_f", "b_f", "f_gate", Texts.get("lesson.text.forget_gate"), Role.FORWARD,
                "f_t = σ(W_f x_t + U_f h_(t−1) + b_f)", Texts.get("lesson.text.how_much_of_the_old3"));
        Gate candidate = draw.forward(bands, "W_g", "U_g", "b_g", "g_cand", Texts.get("lesson.text.candidate2"), Role.FORWARD,
                Texts.get("lesson.text.tanh"));
        Gate out = draw.forward(bands, "W_o", "U_o", "b_o", "o_gate", Texts.get("lesson.text.output_gate"), Role.FORWARD,
                "o_t = σ(W_o x_t + U_o h_(t−1) + b_o)");
        int cRow = bands.next(hidden, "c_t = f_t ⊙ c_(t−1) + i_t ⊙ g_t", Texts.get("lesson.text.the_cell_state_the_gated"));
        Tensor c0 = draw.initial("c_0", "c₀", cRow, hidden);
        Tensor c = draw.timed("C_state", Texts.get("lesson.text.cell_states"), cRow, hidden, Role.STATE);
        int hRow = bands.next(hidden, Texts.get("lesson.text.tanh2"));
        Tensor h0 = draw.initial("h_0", "h₀", hRow, hidden);
        Tensor h = draw.timed("H", Texts.get("lesson.text.hidden_states"), hRow, hidden, Role.STATE);
        ReadOut readOut = ReadOut.drawForward(draw, bands, outputs);

        bands.heading(Texts.get("lesson.text.backward_pass_the_gradient_of"), false);
        readOut = readOut.drawBackward(draw, bands);
        Tensor dH = draw.timed("dH", "dH", bands.next(hidden, Texts.get("lesson.text.dh_hy_gates_dz"),
                Texts.get("lesson.text.the_total_derivative_through_the")), hidden, Role.GRADIENT);
        Tensor dC = draw.timed("dC_state", "dC", bands.next(hidden, Texts.get("lesson.text.dc_dh_tanh_dc")),
                hidden, Role.GRADIENT);
        in = draw.backward(bands, in, "dZ_i", "dZ_i = dC ⊙ g ⊙ i ⊙ (1 − i)", "dW_i = dZ_i Xᵀ, dU_i = dZ_i [h₀ … h_(T−1)]ᵀ",
                "db_i = Σ_t dZ_i,t");
        forget = draw.backward(bands, forget, "dZ_f", "dZ_f = dC ⊙ c_(t−1) ⊙ f ⊙ (1 − f)", Texts.get("lesson.text.dw_du_db_likewise"));
        candidate = draw.backward(bands, candidate, "dZ_g", "dZ_g = dC ⊙ i ⊙ (1 − g²)", Texts.get("lesson.text.dw_du_db_likewise2"));
        out = draw.backward(bands, out, "dZ_o", Texts.get("lesson.text.dz_dh_tanh"), Texts.get("lesson.text.dw_du_db_likewise3"));
        draw.finish(bands);
        return new LstmTensors(x, h0, c0, in, forget, candidate, out, c, h, readOut, dH, dC);
    }
}
