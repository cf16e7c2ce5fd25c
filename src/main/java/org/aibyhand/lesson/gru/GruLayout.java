package org.aibyhand.lesson.gru;

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
 * Where the GRU lesson's blocks go: one band per gate with its W, U and b on the left, h_0 just before H; below,
 * the backward pass: dŶ, dH, then each gate's pre-activation gradient with its parameters' gradients on the left.
 */
final class GruLayout {
    private GruLayout() {
    }

    static GruTensors draw(TimeLayout layout, GatedColumns columns, int outputs, String title) {
        GatedDrawing draw = new GatedDrawing(layout, columns);
        int hidden = columns.hidden();
        TimeBands bands = draw.begin(title, outputs);
        Tensor x = draw.input(bands);
        Gate reset = draw.forward(bands, "W_r", "U_r", "b_r", "r_gate", Texts.get("lesson.text.reset_gate"), Role.FORWARD,
                "r_t = σ(W_r x_t + U_r h_(t−1) + b_r)", Texts.get("lesson.text.how_much_of_the_old"));
        Gate update = draw.forward(bands, "W_z", "U_z", "b_z", "z_gate", Texts.get("lesson.text.update_gate"), Role.FORWARD,
                "z_t = σ(W_z x_t + U_z h_(t−1) + b_z)", Texts.get("lesson.text.how_much_of_the_old2"));
        Gate hiddenPart = draw.forward(bands, null, "U_n", "b_hn", "n_hid", "U_n h + b_hn", Role.FORWARD,
                Texts.get("lesson.text.hid_hn"), Texts.get("lesson.text.the_part_of_the_candidate"));
        Gate candidate = draw.forward(bands, "W_n", null, "b_in", "n_cand", Texts.get("lesson.text.candidate"), Role.FORWARD,
                Texts.get("lesson.text.tanh_in_hid"));
        int hRow = bands.next(hidden, "h_t = (1 − z_t) ⊙ n_t + z_t ⊙ h_(t−1)");
        Tensor h0 = draw.initial("h_0", "h₀", hRow, hidden);
        Tensor h = draw.timed("H", Texts.get("lesson.text.hidden_states"), hRow, hidden, Role.STATE);
        ReadOut readOut = ReadOut.drawForward(draw, bands, outputs);

        bands.heading(Texts.get("lesson.text.backward_pass_the_gradient_of"), false);
        readOut = readOut.drawBackward(draw, bands);
        Tensor dH = draw.timed("dH", "dH", bands.next(hidden,
                Texts.get("lesson.text.dh_hy_dh_dz_dz"),
                Texts.get("lesson.text.the_total_derivative_through_the")), hidden, Role.GRADIENT);
        candidate = draw.backward(bands, candidate, "dZ_n", "dZ_n = dH ⊙ (1 − z) ⊙ (1 − n²)",
                "dW_n = dZ_n Xᵀ, db_in = Σ_t dZ_n,t");
        hiddenPart = draw.backward(bands, hiddenPart, "dN_hid", Texts.get("lesson.text.dn_hid_dz"),
                Texts.get("lesson.text.du_dn_hid_db_hn"));
        update = draw.backward(bands, update, "dZ_z", "dZ_z = dH ⊙ (h_(t−1) − n) ⊙ z ⊙ (1 − z)", "dW_z, dU_z, db_z");
        reset = draw.backward(bands, reset, "dZ_r", Texts.get("lesson.text.dz_dz_hid"), "dW_r, dU_r, db_r");
        draw.finish(bands);
        return new GruTensors(x, h0, reset, update, hiddenPart, candidate, h, readOut, dH);
    }
}
