package org.aibyhand.lesson;

/**
 * One option a lesson takes: a size such as {@code --hidden 3} with its default and the limits it must stay
 * within, or an on/off switch such as {@code --causal}. The command line, the New Lesson dialog and the
 * comparison read a lesson's options from here, so a default or a limit is written once.
 */
public record LessonOption(String name, String meaning, int defaultValue, int min, int max, boolean flag) {

    public LessonOption {
        if (!flag && (defaultValue < min || defaultValue > max)) {
            throw new IllegalArgumentException(name + ": default " + defaultValue + " outside " + min + ".." + max);
        }
    }

    /** A size, such as the number of hidden units, with its default and inclusive limits. */
    public static LessonOption size(String name, String meaning, int defaultValue, int min, int max) {
        return new LessonOption(name, meaning, defaultValue, min, max, false);
    }

    /** A switch that is off unless given. */
    public static LessonOption flag(String name, String meaning) {
        return new LessonOption(name, meaning, 0, 0, 1, true);
    }
}
