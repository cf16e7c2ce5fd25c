package org.aibyhand.lesson.attention;

import java.util.List;
import org.aibyhand.lesson.DefinedLesson;
import org.aibyhand.lesson.LessonKind;
import org.aibyhand.lesson.LessonOption;

/**
 * The attention lesson as a plug-in: {@code lesson attention [--model d --key dk --tokens T --causal]}. Tokens
 * stop at 256: the T×T blocks hold T² cells each, and dV and dK sum T terms in one formula.
 */
public final class AttentionKind {
    static final String KIND = "attention";
    static final String CAUSAL = "causal";
    public static final LessonKind LESSON = new DefinedLesson(KIND, "Self-attention with its gradients", List.of(
            LessonOption.size("model", "model width d", 2, 1, 32),
            LessonOption.size("key", "key width dk", 2, 1, 32),
            LessonOption.size("tokens", "tokens T", 4, 1, 256),
            LessonOption.flag(CAUSAL, "causal: mask every key after its query")), AttentionLesson::build);

    private AttentionKind() {
    }
}
