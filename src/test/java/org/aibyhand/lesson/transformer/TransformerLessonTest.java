package org.aibyhand.lesson.transformer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.aibyhand.engine.book.format.ConditionalFormat;
import org.aibyhand.engine.book.format.ConditionalRule;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonContract;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.LessonTensors;
import org.aibyhand.lesson.Lessons;
import org.junit.jupiter.api.Test;

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

    @Test
    void eachHeadsWeightsAreAHeatMap() {
        Lesson lesson = Lessons.build(kind(), new LessonOptions(2).with("model", 6).with("heads", 3));
        List<ConditionalFormat> formats = lesson.workbook().sheet(0).format().conditionalFormats();
        for (int h = 1; h <= 3; h++) {
            var area = LessonTensors.area(lesson.workbook(), "A_h" + h);
            assertEquals(1, formats.stream().filter(f -> f.ranges().equals(List.of(area))
                    && f.rules().get(0) instanceof ConditionalRule.ColorScale).count(), "A_h" + h + " has a colour scale");
        }
    }

    @Test
    void aModelWidthThatTheHeadsDoNotDivideIsRefusedClearly() {
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> Lessons.build(kind(), new LessonOptions(1).with("model", 5).with("heads", 2)));
        assertTrue(wrong.getMessage().contains("--model 5 must be a multiple of --heads 2"), wrong.getMessage());
    }
}
