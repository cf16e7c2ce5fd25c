package org.aibyhand.lesson.gru;

import java.util.List;
import org.aibyhand.lesson.DefinedLesson;
import org.aibyhand.lesson.LessonKind;
import org.aibyhand.lesson.LessonOption;

/** The GRU lesson as a plug-in: {@code lesson gru [--inputs I --hidden H --outputs O --steps T]}. */
public final class GruKind {
    static final String KIND = "gru";
    public static final LessonKind LESSON = new DefinedLesson(KIND, "GRU with backpropagation through time", List.of(
            LessonOption.size("inputs", "inputs I", 2, 1, 32),
            LessonOption.size("hidden", "hidden units H", 2, 1, 32),
            LessonOption.size("outputs", "outputs O", 1, 1, 32),
            LessonOption.size("steps", "time steps T", 4, 1, 10_000)), GruLesson::build);

    private GruKind() {
    }
}
