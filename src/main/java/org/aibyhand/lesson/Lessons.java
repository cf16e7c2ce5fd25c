package org.aibyhand.lesson;

import java.util.List;
import org.aibyhand.lesson.attention.AttentionKind;
import org.aibyhand.lesson.gru.GruKind;
import org.aibyhand.lesson.lstm.LstmKind;
import org.aibyhand.lesson.mamba.MambaKind;
import org.aibyhand.lesson.mlp.MlpKind;
import org.aibyhand.lesson.rnn.RnnKind;
import org.aibyhand.lesson.transformer.TransformerKind;

/** Every lesson there is, in the order they are offered: the one list the command line and the app read. */
public final class Lessons {
    /** The lessons, from the perceptron along the road from RNN to attention and Mamba. */
    public static final List<LessonKind> ALL = List.of(MlpKind.LESSON, RnnKind.LESSON, LstmKind.LESSON, GruKind.LESSON,
            AttentionKind.LESSON, TransformerKind.LESSON, MambaKind.LESSON);
    /** Their kinds, in the same order. */
    public static final List<String> KINDS = ALL.stream().map(LessonKind::kind).toList();

    private Lessons() {
    }

    /** The lesson of that kind; an unknown kind is an IllegalArgumentException naming the ones there are. */
    public static LessonKind of(String kind) {
        for (LessonKind lesson : ALL) {
            if (lesson.kind().equals(kind)) {
                return lesson;
            }
        }
        throw new IllegalArgumentException("no lesson called '" + kind + "'; there are " + String.join(", ", KINDS));
    }

    /** Builds a lesson with every option not given at its default, after checking the options against its limits. */
    public static Lesson build(String kind, LessonOptions options) {
        LessonKind lesson = of(kind);
        return lesson.build(lesson.complete(options));
    }
}
