package org.aibyhand.lesson;

import java.util.Map;
import java.util.TreeMap;

/**
 * A lesson's seed and sizes, as given on the command line ({@code --seed 7 --hidden 4}) or in the app's
 * dialog. Sizes not given take the lesson's defaults.
 */
public final class LessonOptions {
    private final long seed;
    private final Map<String, Integer> sizes = new TreeMap<>();
    private final java.util.Set<String> flags = new java.util.TreeSet<>();

    public LessonOptions(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    public LessonOptions with(String size, int value) {
        if (value < 1 || value > 100_000) {
            throw new IllegalArgumentException("--" + size + " must be between 1 and 100000, not " + value);
        }
        sizes.put(size, value);
        return this;
    }

    /** A size that must have been given (a lesson's {@link LessonKind#complete} sets every one). */
    public int size(String name) {
        Integer value = sizes.get(name);
        if (value == null) {
            throw new IllegalStateException("no size --" + name + "; complete the options first");
        }
        return value;
    }

    /** A size, or {@code fallback} when it was not given. */
    public int size(String name, int fallback) {
        return sizes.getOrDefault(name, fallback);
    }

    /** Turns on a switch such as {@code --zoh}. */
    public LessonOptions withFlag(String flag) {
        flags.add(flag);
        return this;
    }

    public boolean flag(String flag) {
        return flags.contains(flag);
    }

    public Map<String, Integer> sizes() {
        return Map.copyOf(sizes);
    }

    /** The switches turned on. */
    public java.util.Set<String> flags() {
        return java.util.Set.copyOf(flags);
    }
}
