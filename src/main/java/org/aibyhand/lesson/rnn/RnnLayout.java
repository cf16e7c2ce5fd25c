package org.aibyhand.lesson.rnn;

import org.aibyhand.lesson.Role;
import org.aibyhand.lesson.Tensor;
import org.aibyhand.lesson.TimeBands;
import org.aibyhand.lesson.TimeLayout;
import org.aibyhand.i18n.Texts;

/**
 * Where the RNN lesson's blocks go, in {@link TimeLayout} coordinates (time steps along the columns). The
 * weights sit on the rows they produce, to the left of the time steps: W_ih, W_hh, b_ih, b_hh and h₀ beside H;
 * W_hy and b_y beside Ŷ. Each gradient of a parameter sits in its parameter's columns, on the rows of the
 * backward block it is summed from (dW_hy, db_y beside dŶ; dW_ih, dW_hh, db_ih, db_hh beside dZ). h₀ is the
 * column just left of H, so step 1 reads its previous state exactly as every later step does.
 */
final class RnnLayout {
    /** The first column of the left-hand blocks; column 0 is a narrow margin. */
    private static final int LEFT = 1;
    private static final double GAP_WIDTH = 2;

    final int inputs;
    final int hidden;
    final int outputs;
    final int steps;
    final int wIh;
    final int wHh;
    final int bIh;
    final int bHh;
    final int h0;
    /** The column of the equations, right of the last time step. */
    final int equations;

    RnnLayout(int inputs, int hidden, int outputs, int steps) {
        this.inputs = inputs;
        this.hidden = hidden;
        this.outputs = outputs;
        this.steps = steps;
        wIh = LEFT;
        wHh = wIh + inputs + 1;
        bIh = wHh + hidden + 1;
        bHh = bIh + 2;
        h0 = bHh + 2;
        equations = time(steps - 1) + 2;
    }

    /** The column of time step t (0-based; t = 0 is the step people call 1). */
    int time(int t) {
        return h0 + 1 + t;
    }

    /** Columns the layout needs across (the equations' text may run on beyond). */
    int width() {
        return equations + 1;
    }

    /** Draws the labels, equations, legend and empty named blocks; the caller fills them. */
    RnnTensors draw(TimeLayout layout, String title) {
        String sizes = Texts.get("lesson.rnn.sizes", inputs, hidden, outputs, steps);
        if (layout.transposed()) {
            // The row under the title holds the left-hand blocks here, so the sizes join the title.
            layout.sheet().title(title + ": " + sizes + Texts.get("lesson.text.one_row_each_too_many"),
                    Math.min(width(), 14));
        } else {
            layout.sheet().title(title, Math.min(width(), 14));
            layout.label(1, LEFT, sizes + Texts.get("lesson.text.one_column_each"));
        }
        TimeBands bands = new TimeBands(layout, 3, LEFT, h0, time(0), steps, equations);
        bands.heading(Texts.get("lesson.text.forward_pass"), true);

        int x = bands.next(inputs, Texts.get("lesson.text.the_input_at_step"));
        layout.label(x - 1, time(0), Texts.get("lesson.text.inputs2"));
        Tensor tX = layout.block("X", x, time(0), inputs, steps, Role.INPUT);

        int h = bands.next(hidden, Texts.get("lesson.text.tanh_ih_ih_hh_hh"));
        layout.label(h - 1, wIh, "W_ih");
        layout.label(h - 1, wHh, "W_hh");
        layout.label(h - 1, bIh, "b_ih");
        layout.label(h - 1, bHh, "b_hh");
        layout.label(h - 1, h0, "h₀");
        layout.label(h - 1, time(0), Texts.get("lesson.text.hidden_states"));
        Tensor tWih = layout.block("W_ih", h, wIh, hidden, inputs, Role.PARAMETER);
        Tensor tWhh = layout.block("W_hh", h, wHh, hidden, hidden, Role.PARAMETER);
        Tensor tBih = layout.block("b_ih", h, bIh, hidden, 1, Role.PARAMETER);
        Tensor tBhh = layout.block("b_hh", h, bHh, hidden, 1, Role.PARAMETER);
        Tensor tH0 = layout.block("h_0", h, h0, hidden, 1, Role.INPUT);
        Tensor tH = layout.block("H", h, time(0), hidden, steps, Role.STATE);

        int yHat = bands.next(outputs, "Ŷ = W_hy H + b_y");
        layout.label(yHat - 1, wHh, "W_hy");
        layout.label(yHat - 1, bIh, "b_y");
        layout.label(yHat - 1, time(0), Texts.get("lesson.text.outputs2"));
        Tensor tWhy = layout.block("W_hy", yHat, wHh, outputs, hidden, Role.PARAMETER);
        Tensor tBy = layout.block("b_y", yHat, bIh, outputs, 1, Role.PARAMETER);
        Tensor tYhat = layout.block("Y_hat", yHat, time(0), outputs, steps, Role.FORWARD);

        int y = bands.next(outputs, Texts.get("lesson.text.the_target_at_each_step"));
        layout.label(y - 1, time(0), Texts.get("lesson.text.targets"));
        Tensor tY = layout.block("Y", y, time(0), outputs, steps, Role.TARGET);

        int loss = bands.next(1, Texts.get("lesson.text.loss"));
        layout.label(loss - 1, time(0), "loss");
        Tensor tLoss = layout.block("loss", loss, time(0), 1, 1, Role.LOSS);

        bands.heading(Texts.get("lesson.text.backward_pass_the_gradient_of"), false);
        int dY = bands.next(outputs, "dŶ = (Ŷ − Y) / T", "dW_hy = dŶ Hᵀ", Texts.get("lesson.text.db_row_sums"));
        layout.label(dY - 1, wHh, "dW_hy");
        layout.label(dY - 1, bIh, "db_y");
        layout.label(dY - 1, time(0), "dŶ");
        Tensor tDwhy = layout.block("dW_hy", dY, wHh, outputs, hidden, Role.GRADIENT);
        Tensor tDby = layout.block("db_y", dY, bIh, outputs, 1, Role.GRADIENT);
        Tensor tDy = layout.block("dY_hat", dY, time(0), outputs, steps, Role.GRADIENT);

        int dH = bands.next(hidden, "dH_t = W_hyᵀ dŶ_t + W_hhᵀ (dH_(t+1) ⊙ (1 − h_(t+1)²))",
                Texts.get("lesson.text.back_through_time_from_which"));
        layout.label(dH - 1, time(0), "dH");
        Tensor tDh = layout.block("dH", dH, time(0), hidden, steps, Role.GRADIENT);

        int dZ = bands.next(hidden, "dZ = dH ⊙ (1 − H²)", "dW_ih = dZ Xᵀ", "dW_hh = dZ [h₀ … h_(T−1)]ᵀ",
                Texts.get("lesson.text.db_ih_db_hh_dz"));
        layout.label(dZ - 1, wIh, "dW_ih");
        layout.label(dZ - 1, wHh, "dW_hh");
        layout.label(dZ - 1, bIh, "db_ih");
        layout.label(dZ - 1, bHh, "db_hh");
        layout.label(dZ - 1, time(0), "dZ");
        Tensor tDwih = layout.block("dW_ih", dZ, wIh, hidden, inputs, Role.GRADIENT);
        Tensor tDwhh = layout.block("dW_hh", dZ, wHh, hidden, hidden, Role.GRADIENT);
        Tensor tDbih = layout.block("db_ih", dZ, bIh, hidden, 1, Role.GRADIENT);
        Tensor tDbhh = layout.block("db_hh", dZ, bHh, hidden, 1, Role.GRADIENT);
        Tensor tDz = layout.block("dZ", dZ, time(0), hidden, steps, Role.GRADIENT);

        layout.legend(bands.row(), LEFT);
        widths(layout);
        return new RnnTensors(tX, tWih, tBih, tWhh, tBhh, tH0, tWhy, tBy, tY, tH, tYhat, tLoss, tDy, tDh, tDz,
                tDwhy, tDby, tDwih, tDwhh, tDbih, tDbhh);
    }


    /** Narrow margin and gap columns, so the blocks stand apart without pushing the time steps off screen. */
    private void widths(TimeLayout layout) {
        layout.columnWidth(0, GAP_WIDTH);
        layout.columnWidth(wIh + inputs, GAP_WIDTH);
        layout.columnWidth(wHh + hidden, GAP_WIDTH);
        layout.columnWidth(bIh + 1, GAP_WIDTH);
        layout.columnWidth(bHh + 1, GAP_WIDTH);
        layout.columnWidth(time(steps - 1) + 1, GAP_WIDTH);
    }
}
