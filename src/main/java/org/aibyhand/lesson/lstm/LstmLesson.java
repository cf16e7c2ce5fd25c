package org.aibyhand.lesson.lstm;

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
import org.aibyhand.lesson.TimeLayout;
import org.aibyhand.i18n.Texts;

/**
 * A long short-term memory network by hand (kind {@code "lstm"}), as torch.nn.LSTM with one matrix per gate, a
 * linear read-out and a squared-error loss, time steps along the columns:
 *
 * <pre>
 * i_t = σ(W_i x_t + U_i h_(t−1) + b_i)    f_t = σ(W_f x_t + U_f h_(t−1) + b_f)
 * g_t = tanh(W_g x_t + U_g h_(t−1) + b_g) o_t = σ(W_o x_t + U_o h_(t−1) + b_o)
 * c_t = f_t ⊙ c_(t−1) + i_t ⊙ g_t         h_t = o_t ⊙ tanh(c_t)
 * Ŷ = W_hy H + b_y                         loss = Σ(Ŷ − Y)² / (2T)
 * </pre>
 *
 * and backpropagation through time: dH and dC_state are the total derivatives of the loss with respect to h_t and
 * c_t, dZ_i … dZ_o those with respect to each gate's pre-activation.
 */
final class LstmLesson {
    static final String TITLE = Texts.get("lesson.text.long_short_term_memory_lstm");

    private LstmLesson() {
    }

    static Lesson build(LessonOptions options) {
        GatedColumns columns = new GatedColumns(options.size("inputs"), options.size("hidden"), options.size("steps"));
        columns.requireFits(LstmKind.KIND);
        LessonSheet sheet = new LessonSheet("LSTM");
        TimeLayout layout = new TimeLayout(sheet, false);
        LstmTensors n = LstmLayout.draw(layout, columns, options.size("outputs"), TITLE);
        fillGivens(new GatedDrawing(layout, columns), n, new HandValues(options.seed()));
        new LstmFormulas(layout, n).write();

        Map<String, String> gradients = new LinkedHashMap<>(Gate.gradients(List.of(n.input(), n.forget(), n.candidate(), n.output())));
        gradients.putAll(n.readOut().gradients());
        sheet.workbook().setPlan(new Plan(LstmPlan.of(sheet.sheet().name(), n)));
        OverTime overTime = OverTime.of(n.h(), "h", List.of(n.x(), n.input().value(), n.forget().value(),
                n.candidate().value(), n.output().value(), n.c(), n.h(), n.readOut().yHat(), n.readOut().y()));
        return new Lesson(LstmKind.KIND, TITLE, sheet.workbook(), "loss", gradients, LstmNotation.of(n), overTime);
    }

    /** One-decimal weights drawn first (so a longer sequence keeps them), zero initial states as torch starts. */
    private static void fillGivens(GatedDrawing draw, LstmTensors n, HandValues values) {
        for (Gate gate : List.of(n.input(), n.forget(), n.candidate(), n.output())) {
            draw.fill(gate.w(), () -> values.tenth(0.5));
            draw.fill(gate.u(), () -> values.tenth(0.5));
            draw.fill(gate.b(), () -> values.tenth(0.5));
        }
        draw.fill(n.readOut().wHy(), () -> values.tenth(1.0));
        draw.fill(n.readOut().bY(), () -> values.tenth(0.5));
        draw.fill(n.h0(), () -> 0.0);
        draw.fill(n.c0(), () -> 0.0);
        draw.fill(n.x(), () -> values.whole(-2, 2));
        draw.fill(n.readOut().y(), () -> values.tenth(1.0));
    }
}
