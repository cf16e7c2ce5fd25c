package org.aibyhand.lesson.rnn;

import java.util.List;
import org.aibyhand.lesson.DefinedLesson;
import org.aibyhand.lesson.LessonKind;
import org.aibyhand.lesson.LessonOption;

/** The {@link RnnLesson} as a plug-in: torch.nn.RNN with backpropagation through time. */
public final class RnnKind {
    public static final LessonKind LESSON = new DefinedLesson(RnnLesson.KIND, "RNN with backpropagation through time",
            List.of(LessonOption.size("inputs", "inputs I", 2, 1, 100),
                    LessonOption.size("hidden", "hidden units H", 3, 1, 100),
                    LessonOption.size("outputs", "outputs O", 1, 1, 100),
                    LessonOption.size("steps", "time steps T", 4, 1, 100_000)), RnnLesson::build);

    private RnnKind() {
    }
}
