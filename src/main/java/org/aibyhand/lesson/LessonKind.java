package org.aibyhand.lesson;

import java.util.List;
import org.aibyhand.i18n.Texts;

/**
 * A lesson as a plug-in: its kind (the word on the command line), its title, the options it takes and how it
 * is built. {@link Lessons#ALL} lists them; the command line, the New Lesson dialog and the comparison read that
 * list, so adding a lesson means adding one folder and one line there.
 */
public interface LessonKind {

    /** The kind as typed on the command line, such as {@code lstm}. */
    String kind();

    /** A human title, for menus and the dialog. */
    String title();

    /** The title in the interface's language (the lesson bundle's {@code lesson.kind.KIND}, else {@link #title}). */
    default String localTitle() {
        String key = "lesson.kind." + kind();
        return Texts.has(key) ? Texts.get(key) : title();
    }

    /** One line saying what the lesson shows, for the welcome page's gallery; empty when there is none. */
    default String summary() {
        String key = "lesson.summary." + kind();
        return Texts.has(key) ? Texts.get(key) : "";
    }

    /** What an option means, in the interface's language ({@code lesson.option.NAME}, else its own words). */
    default String localMeaning(LessonOption option) {
        String key = "lesson.option." + kind() + "." + option.name();
        return Texts.has(key) ? Texts.get(key) : option.meaning();
    }

    /** The sizes and switches it takes, in the order they are offered. */
    List<LessonOption> options();

    /** Builds the lesson; {@code options} has every size set, within its limits (see {@link #complete}). */
    Lesson build(LessonOptions options);

    /** The option of that name, or null. */
    default LessonOption option(String name) {
        for (LessonOption option : options()) {
            if (option.name().equals(name)) {
                return option;
            }
        }
        return null;
    }

    /**
     * The given options with every size not given set to its default; a size outside its limits or an
     * option this lesson does not take is an IllegalArgumentException saying which and what is allowed.
     */
    default LessonOptions complete(LessonOptions given) {
        LessonOptions complete = new LessonOptions(given.seed());
        for (var size : given.sizes().entrySet()) {
            LessonOption option = option(size.getKey());
            if (option == null || option.flag()) {
                throw unknown("--" + size.getKey());
            }
            if (size.getValue() < option.min() || size.getValue() > option.max()) {
                throw new IllegalArgumentException("--" + option.name() + " must be between " + option.min() + " and "
                        + option.max() + " for " + kind() + ", not " + size.getValue());
            }
        }
        for (String flag : given.flags()) {
            LessonOption option = option(flag);
            if (option == null || !option.flag()) {
                throw unknown("--" + flag);
            }
            complete.withFlag(flag);
        }
        for (LessonOption option : options()) {
            if (!option.flag()) {
                complete.with(option.name(), given.sizes().getOrDefault(option.name(), option.defaultValue()));
            }
        }
        return complete;
    }

    private IllegalArgumentException unknown(String option) {
        return new IllegalArgumentException("unknown option '" + option + "' for " + kind() + "; it takes "
                + options().stream().map(o -> "--" + o.name()).toList());
    }
}
