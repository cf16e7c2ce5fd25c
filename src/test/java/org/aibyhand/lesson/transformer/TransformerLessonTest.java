package org.aibyhand.lesson.transformer;

import java.util.List;
import java.util.Map;
import org.aibyhand.lesson.LessonContract;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;

/**
 * The Transformer block against {@link TransformerReference}, finite differences (feed-forward network and last
 * LayerNorm) and LibreOffice: two seeds, two sizes, causal and not.
 */
class TransformerLessonTest extends LessonContract {

    @Override
    protected String kind() {
        return "transformer";
    }

    @Override
    protected List<LessonOptions> cases() {
        return List.of(new LessonOptions(1), new LessonOptions(7).withFlag("causal"),
                new LessonOptions(3).with("model", 6).with("heads", 3).with("ffn", 5).with("tokens", 4).withFlag("causal"),
                new LessonOptions(11).with("model", 2).with("heads", 1).with("ffn", 3).with("tokens", 5));
    }

    @Override
    protected List<String> givens() {
        return List.of("X", "W_q", "W_k", "W_v", "W_o", "gamma_1", "beta_1", "W_1", "b_1", "W_2", "b_2", "gamma_2", "beta_2", "Y");
    }

    @Override
    protected Map<String, double[][]> reference(Map<String, double[][]> givens, LessonOptions options) {
        int heads = Lessons.of(kind()).complete(options).size("heads");
        return TransformerReference.compute(givens, heads, options.flag("causal"));
    }
}
