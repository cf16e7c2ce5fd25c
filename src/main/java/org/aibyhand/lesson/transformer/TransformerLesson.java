package org.aibyhand.lesson.transformer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import org.aibyhand.engine.book.Plan;
import org.aibyhand.engine.book.format.ConditionalFormat;
import org.aibyhand.engine.book.format.ConditionalRule;
import org.aibyhand.engine.book.format.Rgb;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.lesson.HandValues;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.LessonSheet;
import org.aibyhand.lesson.Tensor;
import org.aibyhand.lesson.TimeLayout;
import org.aibyhand.i18n.Texts;

/**
 * One Transformer block by hand (kind {@code "transformer"}), post-norm as in the original paper: X_in = X + PE,
 * multi-head self-attention (heads side by side, each with the stable softmax and the causal switch),
 * R_1 = X_in + W_o Z, N_1 = LayerNorm(R_1), F = W_2 ReLU(W_1 N_1 + b_1) + b_2, N_2 = LayerNorm(N_1 + F),
 * loss = Σ(N_2 − Y)²/(2T); the gradients of the loss for the feed-forward network and the last LayerNorm. Each
 * head's attention weights are a heat map (a colour scale from white to orange).
 */
final class TransformerLesson {
    static final String TITLE = Texts.get("lesson.text.transformer_block_by_hand");

    private TransformerLesson() {
    }

    static Lesson build(LessonOptions options) {
        int model = options.size("model");
        int heads = options.size("heads");
        if (model % heads != 0) {
            throw new IllegalArgumentException("--model " + model + " must be a multiple of --heads " + heads
                    + Texts.get("lesson.text.each_head_takes_of_the"));
        }
        TransformerTensors t = new TransformerTensors(model, heads, options.size("ffn"), options.size("tokens"));
        LessonSheet sheet = new LessonSheet("Transformer");
        TimeLayout layout = new TimeLayout(sheet, false);
        new TransformerLayout(layout, t).draw(TITLE);
        HandValues values = new HandValues(options.seed());
        for (String weight : new String[] {"W_q", "W_k", "W_v", "W_o", "W_1", "b_1", "W_2", "b_2", "beta_1", "beta_2"}) {
            fill(layout, t.get(weight), () -> values.tenth(0.5));
        }
        for (String gamma : new String[] {"gamma_1", "gamma_2"}) {
            fill(layout, t.get(gamma), () -> 1 + values.tenth(0.3));
        }
        fill(layout, t.get("X"), () -> values.whole(-2, 2));
        fill(layout, t.get("Y"), () -> values.tenth(1.0));
        Tensor causal = t.get("causal");
        sheet.sheet().cellForWrite(causal.sheetRow(0, 0), causal.sheetColumn(0, 0))
                .setValue(BooleanValue.of(options.flag(TransformerKind.CAUSAL)));
        new TransformerFormulas(layout, t).write();
        new TransformerBackward(layout, t).write();
        for (int h = 0; h < heads; h++) {
            heatMap(sheet, t.head("A", h));
        }
        Map<String, String> gradients = new LinkedHashMap<>();
        for (String parameter : new String[] {"W_1", "b_1", "W_2", "b_2", "gamma_2", "beta_2"}) {
            gradients.put(parameter, "d" + parameter);
        }
        sheet.workbook().setPlan(new Plan(TransformerPlan.of(sheet.sheet().name(), t)));
        return new Lesson(TransformerKind.KIND, TITLE, sheet.workbook(), "loss", gradients, TransformerNotation.of(t), null);
    }

    /** A white-to-orange colour scale from 0 to 1: how much each query attends to each key. */
    private static void heatMap(LessonSheet sheet, Tensor weights) {
        ConditionalRule.ColorScale scale = new ConditionalRule.ColorScale(List.of(
                new ConditionalRule.ScalePoint(ConditionalRule.ScalePoint.Kind.NUMBER, 0, Rgb.hex("FFFFFF")),
                new ConditionalRule.ScalePoint(ConditionalRule.ScalePoint.Kind.NUMBER, 1, Rgb.hex("F4B183"))), 1);
        sheet.sheet().format().conditionalFormats().add(new ConditionalFormat(List.of(weights.area()), List.of(scale)));
    }

    private static void fill(TimeLayout layout, Tensor tensor, DoubleSupplier value) {
        for (int i = 0; i < tensor.rows(); i++) {
            for (int j = 0; j < tensor.columns(); j++) {
                layout.constant(tensor, i, j, value.getAsDouble());
            }
        }
    }
}
