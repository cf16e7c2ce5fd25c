package org.aibyhand.engine.book.drawing;

import java.util.List;

/**
 * A chart as its part caches it: its kind ({@code line}, {@code scatter}, {@code bar}, {@code column}, else
 * the file's own name such as {@code pie}, drawn as a placeholder), title (null for none), series, axis
 * bounds the file fixes (null where automatic) and where its legend stands ({@code r}, {@code b}, {@code t},
 * {@code l}, {@code tr}; null for none).
 */
public record Chart(String name, Transform transform, String kind, String title, List<ChartSeries> series,
        Double xMin, Double xMax, Double yMin, Double yMax, String legend) implements DrawingObject {

    public static final String LINE = "line";
    public static final String SCATTER = "scatter";
    public static final String BAR = "bar";
    public static final String COLUMN = "column";

    /** Whether the painter draws this kind from its values (else a framed placeholder naming the kind). */
    public boolean isDrawable() {
        return kind.equals(LINE) || kind.equals(SCATTER) || kind.equals(BAR) || kind.equals(COLUMN);
    }
}
