package org.aibyhand.lesson.attention;

import java.util.LinkedHashMap;
import java.util.Map;
import org.aibyhand.engine.book.Plan;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.lesson.HandValues;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.LessonSheet;
import org.aibyhand.lesson.Tensor;
import org.aibyhand.lesson.TimeLayout;
import org.aibyhand.i18n.Texts;

/**
 * Single-head scaled dot-product self-attention by hand (kind {@code "attention"}), with an output projection
 * and a squared-error loss. X is d×T, a column per token:
 *
 * <pre>
 * Q = W_q X, K = W_k X, V = W_v X            S[i,j] = q_i · k_j / √dk   (a row per query)
 * A_attn = softmax of each row of S (0 for j > i when causal), computed as exp(S − row max) / Σ
 * Z = V A_attnᵀ, O = W_o Z, loss = Σ(O − Y)² / (2T)
 * </pre>
 *
 * and every gradient back to W_q, W_k, W_v and W_o. The {@code causal} cell is TRUE or FALSE and may be edited.
 */
final class AttentionLesson {
    static final String TITLE = Texts.get("lesson.text.self_attention_by_hand");

    private AttentionLesson() {
    }

    static Lesson build(LessonOptions options) {
        int model = options.size("model");
        int key = options.size("key");
        int tokens = options.size("tokens");
        LessonSheet sheet = new LessonSheet("Attention");
        TimeLayout layout = new TimeLayout(sheet, false);
        AttentionTensors n = new AttentionLayout(layout, model, key, tokens).draw(TITLE);
        HandValues values = new HandValues(options.seed());
        fill(layout, n.wQ(), values, 0.5);
        fill(layout, n.wK(), values, 0.5);
        fill(layout, n.wV(), values, 0.5);
        fill(layout, n.wO(), values, 0.5);
        for (int p = 0; p < model; p++) {
            for (int t = 0; t < tokens; t++) {
                layout.constant(n.x(), p, t, values.whole(-2, 2));
            }
        }
        fill(layout, n.y(), values, 1.0);
        sheet.sheet().cellForWrite(n.causal().sheetRow(0, 0), n.causal().sheetColumn(0, 0))
                .setValue(BooleanValue.of(options.flag(AttentionKind.CAUSAL)));
        new AttentionFormulas(layout, n).write();

        Map<String, String> gradients = new LinkedHashMap<>();
        for (String weight : new String[] {"W_q", "W_k", "W_v", "W_o"}) {
            gradients.put(weight, "d" + weight);
        }
        sheet.workbook().setPlan(new Plan(AttentionPlan.of(sheet.sheet().name(), n)));
        return new Lesson(AttentionKind.KIND, TITLE, sheet.workbook(), "loss", gradients, AttentionNotation.of(n), null);
    }

    private static void fill(TimeLayout layout, Tensor tensor, HandValues values, double limit) {
        for (int i = 0; i < tensor.rows(); i++) {
            for (int j = 0; j < tensor.columns(); j++) {
                layout.constant(tensor, i, j, values.tenth(limit));
            }
        }
    }
}
