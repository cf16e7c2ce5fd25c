package org.aibyhand.engine.book.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Values over runs of adjacent columns, as files store them ({@code <col min="2" max="16384">}): a run to the
 * sheet's last column costs one entry, not sixteen thousand. Setting a run splits or replaces the runs it
 * overlaps.
 *
 * @param <T> what each column holds (a width, a style)
 */
public final class ColumnRuns<T> {

    /** Columns {@code first..last} (zero-based, inclusive) all holding {@code value}. */
    public record Run<T>(int first, int last, T value) {
    }

    private final TreeMap<Integer, Run<T>> byFirst = new TreeMap<>();

    /** The value of one column, or null when no run covers it. */
    public T get(int column) {
        Map.Entry<Integer, Run<T>> entry = byFirst.floorEntry(column);
        return entry != null && entry.getValue().last() >= column ? entry.getValue().value() : null;
    }

    /** Gives columns {@code first..last} the value; null clears them. */
    public void set(int first, int last, T value) {
        if (first > last) {
            throw new IllegalArgumentException("first column after last: " + first + " > " + last);
        }
        // Cut the run that starts before `first` and reaches into the new run.
        Map.Entry<Integer, Run<T>> before = byFirst.lowerEntry(first);
        if (before != null && before.getValue().last() >= first) {
            Run<T> run = before.getValue();
            byFirst.put(run.first(), new Run<>(run.first(), first - 1, run.value()));
            if (run.last() > last) {
                byFirst.put(last + 1, new Run<>(last + 1, run.last(), run.value()));
            }
        }
        // Drop runs starting inside the new run, keeping the part of the last one that sticks out.
        for (Run<T> run : new ArrayList<>(byFirst.subMap(first, true, last, true).values())) {
            byFirst.remove(run.first());
            if (run.last() > last) {
                byFirst.put(last + 1, new Run<>(last + 1, run.last(), run.value()));
            }
        }
        if (value != null) {
            byFirst.put(first, new Run<>(first, last, value));
        }
    }

    /** The runs in column order. */
    public List<Run<T>> runs() {
        return List.copyOf(byFirst.values());
    }

    public boolean isEmpty() {
        return byFirst.isEmpty();
    }
}
