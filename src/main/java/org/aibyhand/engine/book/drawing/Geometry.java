package org.aibyhand.engine.book.drawing;

import java.util.List;
import java.util.Map;

/**
 * A shape's outline geometry: a preset by name (rect, roundRect, ellipse, line, straightConnector1,
 * bentConnector3, ...) with its adjust values (in the preset's units, usually 1/100,000 of the box), or, for a
 * freeform ({@link #CUSTOM}), the paths it is made of.
 */
public record Geometry(String preset, Map<String, Double> adjust, List<GeometryPath> paths) {

    public static final String CUSTOM = "custom";

    public static Geometry preset(String name, Map<String, Double> adjust) {
        return new Geometry(name, Map.copyOf(adjust), List.of());
    }

    /** An adjust value, or {@code otherwise} when the file gives none. */
    public double adjust(String name, double otherwise) {
        Double value = adjust.get(name);
        return value != null ? value : otherwise;
    }
}
