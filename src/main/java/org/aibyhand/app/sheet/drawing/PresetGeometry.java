package org.aibyhand.app.sheet.drawing;

import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.book.drawing.Geometry;
import org.aibyhand.engine.book.drawing.GeometryPath;
import org.aibyhand.engine.book.drawing.GeometryPath.Close;
import org.aibyhand.engine.book.drawing.GeometryPath.CubicTo;
import org.aibyhand.engine.book.drawing.GeometryPath.LineTo;
import org.aibyhand.engine.book.drawing.GeometryPath.MoveTo;

/**
 * The paths of preset shapes, in pixels of a box {@code w} x {@code h} with its corner at the origin, after the
 * formulas of the DrawingML preset definitions. Presets not listed draw as their box (a rectangle), or, for
 * connectors, as a straight line, so that every object still shows.
 */
final class PresetGeometry {
    /** Cubic control distance that makes a quarter ellipse. */
    private static final double KAPPA = 0.5522847498;

    private PresetGeometry() {
    }

    /** Whether the preset is an open line (no fill, arrow heads apply). */
    static boolean isLine(String preset) {
        return preset.equals("line") || preset.contains("Connector") || preset.equals("arc");
    }

    static List<GeometryPath> paths(Geometry geometry, double w, double h) {
        if (geometry.preset().equals(Geometry.CUSTOM)) {
            return geometry.paths();
        }
        String preset = geometry.preset();
        double a1 = geometry.adjust("adj1", Double.NaN);
        double a2 = geometry.adjust("adj2", Double.NaN);
        double ss = Math.min(w, h);
        Steps s = new Steps();
        switch (preset) {
            case "line", "straightConnector1" -> s.move(0, 0).line(w, h);
            case "bentConnector2" -> s.move(0, 0).line(w, 0).line(w, h);
            case "bentConnector3" -> {
                double x1 = w * or(a1, 50000) / 100000;
                s.move(0, 0).line(x1, 0).line(x1, h).line(w, h);
            }
            case "bentConnector4" -> {
                double x1 = w * or(a1, 50000) / 100000;
                double y2 = h * or(a2, 50000) / 100000;
                s.move(0, 0).line(x1, 0).line(x1, y2).line(w, y2).line(w, h);
            }
            case "curvedConnector2" -> s.move(0, 0).cubic(w / 2, 0, w, h / 2, w, h);
            case "curvedConnector3" -> {
                double x2 = w * or(a1, 50000) / 100000;
                s.move(0, 0).cubic(x2 / 2, 0, x2, h / 4, x2, h / 2).cubic(x2, h * 3 / 4, (w + x2) / 2, h, w, h);
            }
            case "curvedConnector4" -> {
                double x2 = w * or(a1, 50000) / 100000;
                double x3 = (w + x2) / 2;
                double y4 = h * or(a2, 50000) / 100000;
                double y1 = y4 / 2;
                s.move(0, 0).cubic(x2 / 2, 0, x2, y1 / 2, x2, y1).cubic(x2, (y1 + y4) / 2, (x2 + x3) / 2, y4, x3, y4)
                        .cubic((x3 + w) / 2, y4, w, (y4 + h) / 2, w, h);
            }
            case "ellipse", "flowChartConnector" -> ellipse(s, w, h);
            case "roundRect", "flowChartAlternateProcess" -> roundRect(s, w, h, ss * or(a1, 16667) / 100000);
            case "triangle", "flowChartExtract" -> {
                double top = w * or(a1, 50000) / 100000;
                s.move(0, h).line(top, 0).line(w, h).close();
            }
            case "rtTriangle" -> s.move(0, 0).line(0, h).line(w, h).close();
            case "diamond", "flowChartDecision" -> s.move(w / 2, 0).line(w, h / 2).line(w / 2, h).line(0, h / 2).close();
            case "parallelogram", "flowChartInputOutput" -> {
                double x = ss * or(a1, 25000) / 100000;
                s.move(x, 0).line(w, 0).line(w - x, h).line(0, h).close();
            }
            case "hexagon" -> {
                double x = ss * or(a1, 25000) / 100000;
                s.move(0, h / 2).line(x, 0).line(w - x, 0).line(w, h / 2).line(w - x, h).line(x, h).close();
            }
            case "homePlate", "chevron" -> {
                double x = w - ss * or(a1, 50000) / 100000;
                s.move(0, 0).line(x, 0).line(w, h / 2).line(x, h).line(0, h);
                if (preset.equals("chevron")) {
                    s.line(w - x, h / 2);
                }
                s.close();
            }
            case "rightArrow", "leftArrow", "upArrow", "downArrow" -> arrow(s, w, h, or(a1, 50000), or(a2, 50000),
                    preset.equals("leftArrow") || preset.equals("upArrow"), preset.startsWith("up") || preset.startsWith("down"));
            default -> {
                if (isLine(preset)) {
                    s.move(0, 0).line(w, h);
                } else {
                    s.move(0, 0).line(w, 0).line(w, h).line(0, h).close();
                }
            }
        }
        return List.of(new GeometryPath((long) w, (long) h, !isLine(preset), true, s.steps));
    }

    private static void ellipse(Steps s, double w, double h) {
        double rx = w / 2;
        double ry = h / 2;
        double kx = rx * KAPPA;
        double ky = ry * KAPPA;
        s.move(w, ry).cubic(w, ry + ky, rx + kx, h, rx, h).cubic(rx - kx, h, 0, ry + ky, 0, ry)
                .cubic(0, ry - ky, rx - kx, 0, rx, 0).cubic(rx + kx, 0, w, ry - ky, w, ry).close();
    }

    private static void roundRect(Steps s, double w, double h, double r) {
        double k = r * (1 - KAPPA);
        s.move(r, 0).line(w - r, 0).cubic(w - k, 0, w, k, w, r).line(w, h - r).cubic(w, h - k, w - k, h, w - r, h)
                .line(r, h).cubic(k, h, 0, h - k, 0, h - r).line(0, r).cubic(0, k, k, 0, r, 0).close();
    }

    /**
     * A block arrow along its length ({@code along}) and across it: shaft thickness and head length as
     * adjust values, pointing to the end of the length or, {@code backwards}, to its start.
     */
    private static void arrow(Steps s, double w, double h, double shaft, double head, boolean backwards, boolean vertical) {
        double along = vertical ? h : w;
        double across = vertical ? w : h;
        double side1 = across / 2 - across * shaft / 200000;
        double side2 = across / 2 + across * shaft / 200000;
        double neck = Math.min(along, Math.min(w, h) * head / 100000);
        double base = backwards ? neck : along - neck;
        double tip = backwards ? 0 : along;
        double tail = backwards ? along : 0;
        double[][] points = {{tail, side1}, {base, side1}, {base, 0}, {tip, across / 2}, {base, across}, {base, side2},
            {tail, side2}};
        for (int i = 0; i < points.length; i++) {
            double x = vertical ? points[i][1] : points[i][0];
            double y = vertical ? points[i][0] : points[i][1];
            if (i == 0) {
                s.move(x, y);
            } else {
                s.line(x, y);
            }
        }
        s.close();
    }

    private static double or(double value, double otherwise) {
        return Double.isNaN(value) ? otherwise : value;
    }

    /** Collects path steps fluently. */
    private static final class Steps {
        final List<GeometryPath.Step> steps = new ArrayList<>();

        Steps move(double x, double y) {
            steps.add(new MoveTo(x, y));
            return this;
        }

        Steps line(double x, double y) {
            steps.add(new LineTo(x, y));
            return this;
        }

        Steps cubic(double x1, double y1, double x2, double y2, double x, double y) {
            steps.add(new CubicTo(x1, y1, x2, y2, x, y));
            return this;
        }

        Steps close() {
            steps.add(new Close());
            return this;
        }
    }
}
