package org.aibyhand.lesson.gru;

import java.util.List;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonKind;
import org.aibyhand.lesson.LessonOption;
import org.aibyhand.lesson.LessonOptions;

/** The GRU lesson as a plug-in: {@code lesson gru [--inputs I --hidden H --outputs O --steps T]}. */
public final class GruKind implements LessonKind {
    static final String KIND = "gru";
    private static final List<LessonOption> OPTIONS = List.of(
            LessonOption.size("inputs", "inputs I", 2, 1, 32),
            LessonOption.size("hidden", "hidden units H", 2, 1, 32),
            LessonOption.size("outputs", "outputs O", 1, 1, 32),
            LessonOption.size("steps", "time steps T", 4, 1, 10_000));

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String title() {
        return "GRU with backpropagation through time";
    }

    @Override
    public List<LessonOption> options() {
        return OPTIONS;
    }

    @Override
    public Lesson build(LessonOptions options) {
        return GruLesson.build(complete(options));
    }
}
