package org.aibyhand.lesson;

import java.util.List;
import java.util.function.Function;

/**
 * A {@link LessonKind} given by its parts: the kind, the title, the options and the builder, which receives the
 * options completed with their defaults and checked against their limits.
 */
public record DefinedLesson(String kind, String title, List<LessonOption> options, Function<LessonOptions, Lesson> builder)
        implements LessonKind {

    public DefinedLesson {
        options = List.copyOf(options);
    }

    @Override
    public Lesson build(LessonOptions options) {
        return builder.apply(complete(options));
    }
}
