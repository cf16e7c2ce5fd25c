package org.aibyhand.lesson;

import java.util.List;
import java.util.function.Function;

/**
 * A {@link LessonKind} given by its parts: the kind, the title, the options and the builder, which receives the
 * options completed with their defaults and checked against their limits. The workbook it builds records which
 * lesson it is ({@link LessonIdentity}), so it is the same lesson when saved and opened again.
 */
public record DefinedLesson(String kind, String title, List<LessonOption> options, Function<LessonOptions, Lesson> builder)
        implements LessonKind {

    public DefinedLesson {
        options = List.copyOf(options);
    }

    @Override
    public Lesson build(LessonOptions options) {
        LessonOptions complete = complete(options);
        Lesson lesson = builder.apply(complete);
        LessonIdentity.write(lesson, complete);
        return lesson;
    }
}
