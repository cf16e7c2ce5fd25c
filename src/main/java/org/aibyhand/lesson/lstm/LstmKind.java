package org.aibyhand.lesson.lstm;

import java.util.List;
import org.aibyhand.lesson.DefinedLesson;
import org.aibyhand.lesson.LessonKind;
import org.aibyhand.lesson.LessonOption;

/** The LSTM lesson as a plug-in: {@code lesson lstm [--inputs I --hidden H --outputs O --steps T]}. */
public final class LstmKind {
    static final String KIND = "lstm";
    public static final LessonKind LESSON = new DefinedLesson(KIND, "LSTM with backpropagation through time", List.of(
            LessonOption.size("inputs", "inputs I", 2, 1, 32),
            LessonOption.size("hidden", "hidden units H", 2, 1, 32),
            LessonOption.size("outputs", "outputs O", 1, 1, 32),
            LessonOption.size("steps", "time steps T", 4, 1, 10_000)), LstmLesson::build);

    private LstmKind() {
    }
}
