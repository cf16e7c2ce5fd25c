package org.aibyhand.lesson.gru;

import org.aibyhand.lesson.Gate;
import org.aibyhand.lesson.GatedColumns;
import org.aibyhand.lesson.GatedDrawing;
import org.aibyhand.lesson.ReadOut;
import org.aibyhand.lesson.Role;
import org.aibyhand.lesson.Tensor;
import org.aibyhand.lesson.TimeBands;
import org.aibyhand.lesson.TimeLayout;

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
        Gate reset = draw.forward(bands, "W_r", "U_r", "b_r", "r_gate", "r (reset gate)", Role.FORWARD,
                "r_t = σ(W_r x_t + U_r h_(t−1) + b_r)", "how much of the old state the candidate sees");
        Gate update = draw.forward(bands, "W_z", "U_z", "b_z", "z_gate", "z (update gate)", Role.FORWARD,
                "z_t = σ(W_z x_t + U_z h_(t−1) + b_z)", "how much of the old state to keep");
        Gate hiddenPart = draw.forward(bands, null, "U_n", "b_hn", "n_hid", "U_n h + b_hn", Role.FORWARD,
                "n_hid,t = U_n h_(t−1) + b_hn", "(the part of the candidate the reset gate scales)");
        Gate candidate = draw.forward(bands, "W_n", null, "b_in", "n_cand", "n (candidate)", Role.FORWARD,
                "n_t = tanh(W_n x_t + b_in + r_t ⊙ n_hid,t)");
        int hRow = bands.next(hidden, "h_t = (1 − z_t) ⊙ n_t + z_t ⊙ h_(t−1)");
        Tensor h0 = draw.initial("h_0", "h₀", hRow, hidden);
        Tensor h = draw.timed("H", "H (hidden states)", hRow, hidden, Role.STATE);
        ReadOut readOut = ReadOut.drawForward(draw, bands, outputs);

        bands.heading("Backward pass: the gradient of the loss with respect to each block", false);
        readOut = readOut.drawBackward(draw, bands);
        Tensor dH = draw.timed("dH", "dH", bands.next(hidden,
                "dH_t = W_hyᵀ dŶ_t + dH_(t+1) ⊙ z_(t+1) + U_rᵀ dZ_r,(t+1) + U_zᵀ dZ_z,(t+1) + U_nᵀ dN_hid,(t+1)",
                "(the total derivative: through the output and through the next step)"), hidden, Role.GRADIENT);
        candidate = draw.backward(bands, candidate, "dZ_n", "dZ_n = dH ⊙ (1 − z) ⊙ (1 − n²)",
                "dW_n = dZ_n Xᵀ, db_in = Σ_t dZ_n,t");
        hiddenPart = draw.backward(bands, hiddenPart, "dN_hid", "dN_hid = dZ_n ⊙ r",
                "dU_n = dN_hid [h₀ … h_(T−1)]ᵀ, db_hn = Σ_t dN_hid,t");
        update = draw.backward(bands, update, "dZ_z", "dZ_z = dH ⊙ (h_(t−1) − n) ⊙ z ⊙ (1 − z)", "dW_z, dU_z, db_z");
        reset = draw.backward(bands, reset, "dZ_r", "dZ_r = dZ_n ⊙ n_hid ⊙ r ⊙ (1 − r)", "dW_r, dU_r, db_r");
        draw.finish(bands);
        return new GruTensors(x, h0, reset, update, hiddenPart, candidate, h, readOut, dH);
    }
}
