package org.aibyhand.lesson;

import java.util.List;

/** The {@link RnnLesson} as a plug-in: torch.nn.RNN with backpropagation through time. */
public final class RnnKind implements LessonKind {
    private static final List<LessonOption> OPTIONS = List.of(
            LessonOption.size("inputs", "inputs I", 2, 1, 100),
            LessonOption.size("hidden", "hidden units H", 3, 1, 100),
            LessonOption.size("outputs", "outputs O", 1, 1, 100),
            LessonOption.size("steps", "time steps T", 4, 1, 100_000));

    @Override
    public String kind() {
        return RnnLesson.KIND;
    }

    @Override
    public String title() {
        return "RNN with backpropagation through time";
    }

    @Override
    public List<LessonOption> options() {
        return OPTIONS;
    }

    @Override
    public Lesson build(LessonOptions options) {
        return RnnLesson.build(options);
    }
}
