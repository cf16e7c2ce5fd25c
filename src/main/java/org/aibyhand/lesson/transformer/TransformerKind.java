package org.aibyhand.lesson.transformer;

import java.util.List;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonKind;
import org.aibyhand.lesson.LessonOption;
import org.aibyhand.lesson.LessonOptions;

/**
 * The Transformer block as a plug-in: {@code lesson transformer [--model d --heads h --ffn f --tokens T --causal]};
 * d must be a multiple of h.
 */
public final class TransformerKind implements LessonKind {
    static final String KIND = "transformer";
    static final String CAUSAL = "causal";
    private static final List<LessonOption> OPTIONS = List.of(
            LessonOption.size("model", "model width d", 4, 1, 16),
            LessonOption.size("heads", "attention heads h", 2, 1, 8),
            LessonOption.size("ffn", "feed-forward width f", 4, 1, 32),
            LessonOption.size("tokens", "tokens T", 3, 1, 32),
            LessonOption.flag(CAUSAL, "causal: mask every key after its query"));

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String title() {
        return "Transformer block (multi-head attention, LayerNorm, feed-forward)";
    }

    @Override
    public List<LessonOption> options() {
        return OPTIONS;
    }

    @Override
    public Lesson build(LessonOptions options) {
        return TransformerLesson.build(complete(options));
    }
}
