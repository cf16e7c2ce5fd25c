package org.aibyhand.engine.book.drawing;

import java.util.List;

/**
 * One series from a chart's caches: its name (null if none), category labels (line and bar charts), x values
 * (scatter charts; empty otherwise), values (NaN where a point is missing) and colour (null: the theme's
 * accent for its place).
 */
public record ChartSeries(String name, List<String> categories, List<Double> xValues, List<Double> values,
        DrawingColor color) {
}
