package org.aibyhand.lesson;

import java.util.List;

/** The {@link MlpLesson} as a plug-in: a two-layer perceptron over a batch, forward and backward. */
public final class MlpKind implements LessonKind {
    private static final List<LessonOption> OPTIONS = List.of(
            LessonOption.size("inputs", "inputs I", 3, 1, 200),
            LessonOption.size("hidden", "hidden units H", 4, 1, 200),
            LessonOption.size("outputs", "outputs O", 2, 1, 200),
            LessonOption.size("batch", "samples in the batch B", 2, 1, 1_000));

    @Override
    public String kind() {
        return MlpLesson.KIND;
    }

    @Override
    public String title() {
        return "MLP with backpropagation";
    }

    @Override
    public List<LessonOption> options() {
        return OPTIONS;
    }

    @Override
    public Lesson build(LessonOptions options) {
        return MlpLesson.build(options);
    }
}
