package org.aibyhand.engine.book.drawing;

import java.util.List;

/**
 * One path of a freeform in its own coordinate space ({@code width} x {@code height}, scaled to the shape's
 * box), and whether it is filled and stroked.
 */
public record GeometryPath(long width, long height, boolean filled, boolean stroked, List<Step> steps) {

    /** One drawing command of a path; coordinates are in the path's space. */
    public sealed interface Step permits MoveTo, LineTo, CubicTo, QuadTo, ArcTo, Close {
    }

    public record MoveTo(double x, double y) implements Step {
    }

    public record LineTo(double x, double y) implements Step {
    }

    public record CubicTo(double x1, double y1, double x2, double y2, double x, double y) implements Step {
    }

    public record QuadTo(double x1, double y1, double x, double y) implements Step {
    }

    /** An elliptic arc from the current point: radii, start angle and sweep in degrees (clockwise). */
    public record ArcTo(double radiusX, double radiusY, double startDegrees, double sweepDegrees) implements Step {
    }

    public record Close() implements Step {
    }
}
