package org.aibyhand.lesson.gru;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aibyhand.engine.book.Plan;
import org.aibyhand.lesson.Gate;
import org.aibyhand.lesson.GatedColumns;
import org.aibyhand.lesson.GatedDrawing;
import org.aibyhand.lesson.HandValues;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.LessonSheet;
import org.aibyhand.lesson.OverTime;
import org.aibyhand.lesson.Tensor;
import org.aibyhand.lesson.TimeLayout;
import org.aibyhand.i18n.Texts;

/**
 * A gated recurrent unit by hand (kind {@code "gru"}), as torch.nn.GRU, with a linear read-out and a
 * squared-error loss, time steps along the columns:
 *
 * <pre>
 * r_t = σ(W_r x_t + U_r h_(t−1) + b_r)     z_t = σ(W_z x_t + U_z h_(t−1) + b_z)
 * n_t = tanh(W_n x_t + b_in + r_t ⊙ (U_n h_(t−1) + b_hn))
 * h_t = (1 − z_t) ⊙ n_t + z_t ⊙ h_(t−1)   Ŷ = W_hy H + b_y, loss = Σ(Ŷ − Y)² / (2T)
 * </pre>
 *
 * and backpropagation through time, dH being the total derivative of the loss with respect to h_t.
 */
final class GruLesson {
    static final String TITLE = Texts.get("lesson.text.gated_recurrent_unit_gru_by");

    private GruLesson() {
    }

    static Lesson build(LessonOptions options) {
        GatedColumns columns = new GatedColumns(options.size("inputs"), options.size("hidden"), options.size("steps"));
        columns.requireFits(GruKind.KIND);
        LessonSheet sheet = new LessonSheet("GRU");
        TimeLayout layout = new TimeLayout(sheet, false);
        GruTensors n = GruLayout.draw(layout, columns, options.size("outputs"), TITLE);
        fillGivens(new GatedDrawing(layout, columns), n, new HandValues(options.seed()));
        new GruFormulas(layout, n).write();

        Map<String, String> gradients = new LinkedHashMap<>(Gate.gradients(List.of(n.reset(), n.update(), n.candidate(), n.hiddenPart())));
        gradients.putAll(n.readOut().gradients());
        sheet.workbook().setPlan(new Plan(GruPlan.of(sheet.sheet().name(), n)));
        OverTime overTime = OverTime.of(n.h(), "h", List.of(n.x(), n.reset().value(), n.update().value(),
                n.hiddenPart().value(), n.candidate().value(), n.h(), n.readOut().yHat(), n.readOut().y()));
        return new Lesson(GruKind.KIND, TITLE, sheet.workbook(), "loss", gradients, GruNotation.of(n), overTime);
    }

    /** One-decimal weights drawn first (so a longer sequence keeps them), a zero initial state as torch starts. */
    private static void fillGivens(GatedDrawing draw, GruTensors n, HandValues values) {
        for (Gate gate : List.of(n.reset(), n.update(), n.candidate(), n.hiddenPart())) {
            for (Tensor parameter : new Tensor[] {gate.w(), gate.u(), gate.b()}) {
                if (parameter != null) {
                    draw.fill(parameter, () -> values.tenth(0.5));
                }
            }
        }
        draw.fill(n.readOut().wHy(), () -> values.tenth(1.0));
        draw.fill(n.readOut().bY(), () -> values.tenth(0.5));
        draw.fill(n.h0(), () -> 0.0);
        draw.fill(n.x(), () -> values.whole(-2, 2));
        draw.fill(n.readOut().y(), () -> values.tenth(1.0));
    }
}
