package org.aibyhand.lesson.mlp;

import java.util.List;
import org.aibyhand.lesson.DefinedLesson;
import org.aibyhand.lesson.LessonKind;
import org.aibyhand.lesson.LessonOption;

/** The {@link MlpLesson} as a plug-in: a two-layer perceptron over a batch, forward and backward. */
public final class MlpKind {
    public static final LessonKind LESSON = new DefinedLesson(MlpLesson.KIND, "MLP with backpropagation", List.of(
            LessonOption.size("inputs", "inputs I", 3, 1, 200),
            LessonOption.size("hidden", "hidden units H", 4, 1, 200),
            LessonOption.size("outputs", "outputs O", 2, 1, 200),
            LessonOption.size("batch", "samples in the batch B", 2, 1, 1_000)), MlpLesson::build);

    private MlpKind() {
    }
}
