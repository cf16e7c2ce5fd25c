package org.aibyhand.lesson.rnn;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleSupplier;
import org.aibyhand.engine.book.Plan;
import org.aibyhand.lesson.HandValues;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.LessonSheet;
import org.aibyhand.lesson.Tensor;
import org.aibyhand.lesson.TimeLayout;
import org.aibyhand.i18n.Texts;

/**
 * A recurrent neural network by hand (kind {@code "rnn"}), as torch.nn.RNN with a linear read-out and a
 * squared-error loss, over a sequence whose time steps are the sheet's columns:
 *
 * <pre>
 * h_t   = tanh(W_ih x_t + b_ih + W_hh h_(t−1) + b_hh)      H (H×T), h₀ given
 * Ŷ     = W_hy H + b_y                                       Y_hat (O×T)
 * loss  = Σ (Ŷ − Y)² / (2T)
 * dŶ    = (Ŷ − Y) / T
 * dH_t  = W_hyᵀ dŶ_t + W_hhᵀ (dH_(t+1) ⊙ (1 − h_(t+1)²))     back through time; no second term at t = T
 * dZ    = dH ⊙ (1 − H²)
 * dW_hy = dŶ Hᵀ, db_y = Σ_t dŶ_t, dW_ih = dZ Xᵀ, dW_hh = dZ [h₀ … h_(T−1)]ᵀ, db_ih = db_hh = Σ_t dZ_t
 * </pre>
 *
 * Sizes (options): {@code inputs} I (2), {@code hidden} H (3), {@code outputs} O (1), {@code steps} T (4). Every
 * tensor is a workbook-level defined name of the same name (h₀ is {@code h_0}, Ŷ is {@code Y_hat}, dŶ is
 * {@code dY_hat}). A sequence too long for the 16,384 columns of a sheet (T above about 16,000) is drawn
 * transposed, one row per step, and every named block with it (H is then T×H on the sheet). Building is linear in
 * T: each row of a time block is one formula filled along the steps, sharing its parsed tree, and a long
 * recurrence is walked through in at most twelve stages.
 */
public final class RnnLesson {
    public static final String KIND = "rnn";

    private RnnLesson() {
    }

    public static Lesson build(LessonOptions options) {
        RnnLayout plan = layout(options);
        return build(options, !TimeLayout.fitsAcross(plan.width()));
    }

    /** Builds with time down the rows when {@code transposed}, whatever T is (tests use it on short sequences). */
    public static Lesson build(LessonOptions options, boolean transposed) {
        RnnLayout plan = layout(options);
        String title = Texts.get("lesson.text.recurrent_neural_network_rnn_by");
        LessonSheet sheet = new LessonSheet("RNN");
        TimeLayout layout = new TimeLayout(sheet, transposed);
        RnnTensors tensors = plan.draw(layout, title);
        fillGivens(layout, tensors, new HandValues(options.seed()));
        new RnnFormulas(layout, tensors).write();

        Map<String, String> gradients = new LinkedHashMap<>();
        gradients.put("W_ih", "dW_ih");
        gradients.put("W_hh", "dW_hh");
        gradients.put("b_ih", "db_ih");
        gradients.put("b_hh", "db_hh");
        gradients.put("W_hy", "dW_hy");
        gradients.put("b_y", "db_y");
        sheet.workbook().setPlan(new Plan(RnnPlan.of(sheet.sheet().name(), tensors)));
        return new Lesson(KIND, title, sheet.workbook(), "loss", gradients, RnnNotation.of(tensors),
                RnnOverTime.of(tensors));
    }

    private static RnnLayout layout(LessonOptions options) {
        LessonOptions complete = RnnKind.LESSON.complete(options);
        return new RnnLayout(complete.size("inputs"), complete.size("hidden"), complete.size("outputs"),
                complete.size("steps"));
    }

    /**
     * Hand-friendly givens: small whole inputs, one-decimal weights, biases and targets, h₀ = 0 as torch starts.
     * The parameters are drawn first, so the same seed keeps the same weights whatever the sequence length.
     */
    private static void fillGivens(TimeLayout layout, RnnTensors n, HandValues values) {
        fill(layout, n.wIh(), () -> values.tenth(0.5));
        fill(layout, n.bIh(), () -> values.tenth(0.5));
        fill(layout, n.wHh(), () -> values.tenth(0.5));
        fill(layout, n.bHh(), () -> values.tenth(0.5));
        fill(layout, n.wHy(), () -> values.tenth(1.0));
        fill(layout, n.bY(), () -> values.tenth(0.5));
        fill(layout, n.h0(), () -> 0.0);
        fill(layout, n.x(), () -> values.whole(-2, 2));
        fill(layout, n.y(), () -> values.tenth(1.0));
    }

    private static void fill(TimeLayout layout, Tensor tensor, DoubleSupplier value) {
        for (int i = 0; i < tensor.rows(); i++) {
            for (int j = 0; j < tensor.columns(); j++) {
                layout.constant(tensor, i, j, value.getAsDouble());
            }
        }
    }
}
