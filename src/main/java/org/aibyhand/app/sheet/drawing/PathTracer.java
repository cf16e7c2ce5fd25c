package org.aibyhand.app.sheet.drawing;

import javafx.scene.canvas.GraphicsContext;
import org.aibyhand.engine.book.drawing.GeometryPath;

/**
 * Traces a geometry path onto a canvas as its current path, scaled and moved into a box, and reports where the
 * path starts and ends and from which direction, for arrow heads. Elliptic arcs become cubic curves.
 */
final class PathTracer {
    /** The first and last points of a path and, for each, a point behind it along the path (for arrow heads). */
    record Ends(double startX, double startY, double startBackX, double startBackY, double endX, double endY,
            double endBackX, double endBackY) {
    }

    private final GraphicsContext g;
    private final double left;
    private final double top;
    private final double scaleX;
    private final double scaleY;
    private double x;
    private double y;
    private double startX = Double.NaN;
    private double startY;
    private double startBackX = Double.NaN;
    private double startBackY;
    private double backX;
    private double backY;

    private PathTracer(GraphicsContext g, double left, double top, double scaleX, double scaleY) {
        this.g = g;
        this.left = left;
        this.top = top;
        this.scaleX = scaleX;
        this.scaleY = scaleY;
    }

    /** Traces {@code path} (in its own units, {@code scaleX}/{@code scaleY} canvas pixels each) with its origin at (left, top). */
    static Ends trace(GraphicsContext g, GeometryPath path, double left, double top, double scaleX, double scaleY) {
        PathTracer tracer = new PathTracer(g, left, top, scaleX, scaleY);
        g.beginPath();
        for (GeometryPath.Step step : path.steps()) {
            tracer.step(step);
        }
        return new Ends(tracer.startX, tracer.startY, tracer.startBackX, tracer.startBackY, tracer.x, tracer.y,
                tracer.backX, tracer.backY);
    }

    private void step(GeometryPath.Step step) {
        if (step instanceof GeometryPath.MoveTo move) {
            x = px(move.x());
            y = py(move.y());
            g.moveTo(x, y);
            if (Double.isNaN(startX)) {
                startX = x;
                startY = y;
            }
        } else if (step instanceof GeometryPath.LineTo line) {
            lineTo(px(line.x()), py(line.y()));
        } else if (step instanceof GeometryPath.CubicTo cubic) {
            curveTo(px(cubic.x1()), py(cubic.y1()), px(cubic.x2()), py(cubic.y2()), px(cubic.x()), py(cubic.y()));
        } else if (step instanceof GeometryPath.QuadTo quad) {
            double cx = px(quad.x1());
            double cy = py(quad.y1());
            double ex = px(quad.x());
            double ey = py(quad.y());
            curveTo(x + 2 * (cx - x) / 3, y + 2 * (cy - y) / 3, ex + 2 * (cx - ex) / 3, ey + 2 * (cy - ey) / 3, ex, ey);
        } else if (step instanceof GeometryPath.ArcTo arc) {
            arc(arc.radiusX() * scaleX, arc.radiusY() * scaleY, Math.toRadians(arc.startDegrees()),
                    Math.toRadians(arc.sweepDegrees()));
        } else {
            g.closePath();
        }
    }

    private void lineTo(double toX, double toY) {
        noteBack(x, y);
        g.lineTo(toX, toY);
        backX = x;
        backY = y;
        x = toX;
        y = toY;
    }

    private void curveTo(double x1, double y1, double x2, double y2, double toX, double toY) {
        noteBack(x1, y1);
        g.bezierCurveTo(x1, y1, x2, y2, toX, toY);
        boolean secondAtEnd = Math.abs(x2 - toX) < 1e-9 && Math.abs(y2 - toY) < 1e-9;
        backX = secondAtEnd ? x1 : x2;
        backY = secondAtEnd ? y1 : y2;
        x = toX;
        y = toY;
    }

    /** The direction the path leaves its start from: the first point after the start that differs from it. */
    private void noteBack(double px, double py) {
        if (Double.isNaN(startBackX) && (px != startX || py != startY)) {
            startBackX = px;
            startBackY = py;
        }
    }

    /** An arc of the ellipse through the current point, in pieces of at most a quarter turn. */
    private void arc(double rx, double ry, double start, double sweep) {
        double cx = x - rx * Math.cos(start);
        double cy = y - ry * Math.sin(start);
        int pieces = Math.max(1, (int) Math.ceil(Math.abs(sweep) / (Math.PI / 2)));
        double piece = sweep / pieces;
        double k = 4.0 / 3 * Math.tan(piece / 4);
        double angle = start;
        for (int i = 0; i < pieces; i++) {
            double next = angle + piece;
            double x1 = cx + rx * (Math.cos(angle) - k * Math.sin(angle));
            double y1 = cy + ry * (Math.sin(angle) + k * Math.cos(angle));
            double x2 = cx + rx * (Math.cos(next) + k * Math.sin(next));
            double y2 = cy + ry * (Math.sin(next) - k * Math.cos(next));
            curveTo(x1, y1, x2, y2, cx + rx * Math.cos(next), cy + ry * Math.sin(next));
            angle = next;
        }
    }

    private double px(double value) {
        return left + value * scaleX;
    }

    private double py(double value) {
        return top + value * scaleY;
    }
}
