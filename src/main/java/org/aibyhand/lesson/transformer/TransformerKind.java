package org.aibyhand.lesson.transformer;

import java.util.List;
import org.aibyhand.lesson.DefinedLesson;
import org.aibyhand.lesson.LessonKind;
import org.aibyhand.lesson.LessonOption;

/**
 * The Transformer block as a plug-in: {@code lesson transformer [--model d --heads h --ffn f --tokens T --causal]};
 * d must be a multiple of h.
 */
public final class TransformerKind {
    static final String KIND = "transformer";
    static final String CAUSAL = "causal";
    public static final LessonKind LESSON = new DefinedLesson(KIND,
            "Transformer block (multi-head attention, LayerNorm, feed-forward)", List.of(
            LessonOption.size("model", "model width d", 4, 1, 16),
            LessonOption.size("heads", "attention heads h", 2, 1, 8),
            LessonOption.size("ffn", "feed-forward width f", 4, 1, 32),
            LessonOption.size("tokens", "tokens T", 3, 1, 32),
            LessonOption.flag(CAUSAL, "causal: mask every key after its query")), TransformerLesson::build);

    private TransformerKind() {
    }
}
