package org.aibyhand.lesson.attention;

import java.util.List;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonKind;
import org.aibyhand.lesson.LessonOption;
import org.aibyhand.lesson.LessonOptions;

/**
 * The attention lesson as a plug-in: {@code lesson attention [--model d --key dk --tokens T --causal]}. Tokens
 * stop at 256: the T×T blocks hold T² cells each, and dV and dK sum T terms in one formula.
 */
public final class AttentionKind implements LessonKind {
    static final String KIND = "attention";
    static final String CAUSAL = "causal";
    private static final List<LessonOption> OPTIONS = List.of(
            LessonOption.size("model", "model width d", 2, 1, 32),
            LessonOption.size("key", "key width dk", 2, 1, 32),
            LessonOption.size("tokens", "tokens T", 4, 1, 256),
            LessonOption.flag(CAUSAL, "causal: mask every key after its query"));

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String title() {
        return "Self-attention with its gradients";
    }

    @Override
    public List<LessonOption> options() {
        return OPTIONS;
    }

    @Override
    public Lesson build(LessonOptions options) {
        return AttentionLesson.build(complete(options));
    }
}
