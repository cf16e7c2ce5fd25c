package org.aibyhand.engine.book.drawing;

import java.util.List;

/**
 * One series from a chart's caches: its name (null if none), category labels (line and bar charts), x values
 * (scatter charts; empty otherwise), values (NaN where a point is missing), colour (the file's, else the
 * theme's accent for its place), whether a line joins its points and its marker symbol (circle, square,
 * diamond, triangle, ...; null for none).
 */
public record ChartSeries(String name, List<String> categories, List<Double> xValues, List<Double> values,
        DrawingColor color, boolean lineShown, String marker) {
}
