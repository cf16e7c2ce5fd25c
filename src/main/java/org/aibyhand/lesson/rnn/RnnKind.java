package org.aibyhand.lesson.rnn;

import java.util.List;
import org.aibyhand.lesson.DefinedLesson;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonKind;
import org.aibyhand.lesson.LessonOption;
import org.aibyhand.lesson.LessonOptions;

/**
 * The RNN lesson as a plug-in: torch.nn.RNN with backpropagation through time; one layer in one direction is
 * {@link RnnLesson}, more layers or both directions {@link StackedRnnLesson}.
 */
public final class RnnKind {
    static final String BIDIRECTIONAL = "bidirectional";
    public static final LessonKind LESSON = new DefinedLesson(RnnLesson.KIND, "RNN with backpropagation through time",
            List.of(LessonOption.size("inputs", "inputs I", 2, 1, 100),
                    LessonOption.size("hidden", "hidden units H", 3, 1, 100),
                    LessonOption.size("outputs", "outputs O", 1, 1, 100),
                    LessonOption.size("steps", "time steps T", 4, 1, 100_000),
                    LessonOption.size("layers", "stacked layers L", 1, 1, 4),
                    LessonOption.flag(BIDIRECTIONAL, "bidirectional: a second direction from t = T down, concatenated")),
            RnnKind::build);

    private RnnKind() {
    }

    private static Lesson build(LessonOptions options) {
        return options.size("layers") == 1 && !options.flag(BIDIRECTIONAL) ? RnnLesson.build(options)
                : StackedRnnLesson.build(options);
    }
}
