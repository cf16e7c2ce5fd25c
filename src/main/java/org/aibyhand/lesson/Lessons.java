package org.aibyhand.lesson;

import java.util.List;

/** The lessons by kind, as the command line and the app's dialog name them. */
public final class Lessons {
    /** The kinds, in the order they are offered. */
    public static final List<String> KINDS = List.of("mlp", "rnn", "mamba");

    private Lessons() {
    }

    /** Builds a lesson; an unknown kind is an IllegalArgumentException naming the ones there are. */
    public static Lesson build(String kind, LessonOptions options) {
        switch (kind) {
            case "mlp": return MlpLesson.build(options);
            case "rnn": return RnnLesson.build(options);
            case "mamba": return MambaLesson.build(options);
            default: throw new IllegalArgumentException("no lesson called '" + kind + "'; there are " + String.join(", ", KINDS));
        }
    }

    /** The size options each kind takes, with their defaults, for usage text and the app's dialog. */
    public static List<Size> sizes(String kind) {
        switch (kind) {
            case "mlp": return List.of(new Size("inputs", 3), new Size("hidden", 4), new Size("outputs", 2), new Size("batch", 2));
            case "rnn": return List.of(new Size("inputs", 2), new Size("hidden", 3), new Size("outputs", 1), new Size("steps", 4));
            case "mamba": return List.of(new Size("channels", 2), new Size("state", 2), new Size("steps", 3));
            default: throw new IllegalArgumentException("no lesson called '" + kind + "'");
        }
    }

    /** A size option and its default. */
    public record Size(String name, int defaultValue) {
    }
}
