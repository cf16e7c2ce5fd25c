package org.aibyhand.xlsx.drawing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aibyhand.engine.book.drawing.GeometryPath;
import org.w3c.dom.Element;

/**
 * Reads a freeform's paths ({@code a:custGeom}). Point coordinates are numbers or the names of guides whose
 * formulas are constants or the {@code "*&#47; value w total"} ratios Office writes; other guides read as 0.
 */
final class CustomGeometryReader {
    private CustomGeometryReader() {
    }

    static List<GeometryPath> paths(Element custom) {
        Map<String, Double> guides = new java.util.HashMap<>();
        for (Element guide : Xml.children(Xml.child(custom, "gdLst"), "gd")) {
            guides.put(Xml.attribute(guide, "name"), guideValue(Xml.attribute(guide, "fmla")));
        }
        List<GeometryPath> paths = new ArrayList<>();
        for (Element path : Xml.children(Xml.child(custom, "pathLst"), "path")) {
            List<GeometryPath.Step> steps = new ArrayList<>();
            for (Element step : Xml.children(path)) {
                GeometryPath.Step read = step(step, guides);
                if (read != null) {
                    steps.add(read);
                }
            }
            String fill = Xml.attribute(path, "fill");
            paths.add(new GeometryPath(Xml.longAttribute(path, "w", 0), Xml.longAttribute(path, "h", 0),
                    !"none".equals(fill), Xml.booleanAttribute(path, "stroke", true), List.copyOf(steps)));
        }
        return List.copyOf(paths);
    }

    private static GeometryPath.Step step(Element step, Map<String, Double> guides) {
        List<Element> points = Xml.children(step, "pt");
        double[] xy = new double[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            xy[2 * i] = coordinate(Xml.attribute(points.get(i), "x"), guides);
            xy[2 * i + 1] = coordinate(Xml.attribute(points.get(i), "y"), guides);
        }
        return switch (step.getLocalName()) {
            case "moveTo" -> xy.length >= 2 ? new GeometryPath.MoveTo(xy[0], xy[1]) : null;
            case "lnTo" -> xy.length >= 2 ? new GeometryPath.LineTo(xy[0], xy[1]) : null;
            case "cubicBezTo" -> xy.length >= 6 ? new GeometryPath.CubicTo(xy[0], xy[1], xy[2], xy[3], xy[4], xy[5]) : null;
            case "quadBezTo" -> xy.length >= 4 ? new GeometryPath.QuadTo(xy[0], xy[1], xy[2], xy[3]) : null;
            case "arcTo" -> new GeometryPath.ArcTo(coordinate(Xml.attribute(step, "wR"), guides),
                    coordinate(Xml.attribute(step, "hR"), guides), coordinate(Xml.attribute(step, "stAng"), guides) / 60000,
                    coordinate(Xml.attribute(step, "swAng"), guides) / 60000);
            case "close" -> new GeometryPath.Close();
            default -> null;
        };
    }

    private static double coordinate(String text, Map<String, Double> guides) {
        if (text == null) {
            return 0;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException aGuide) {
            return guides.getOrDefault(text, 0.0);
        }
    }

    /** {@code val N} is N; {@code *}{@code / a b c} is a * b / c with w and h taken as c's scale. */
    private static double guideValue(String formula) {
        if (formula == null) {
            return 0;
        }
        String[] parts = formula.trim().split("\\s+");
        try {
            if (parts[0].equals("val") && parts.length == 2) {
                return Double.parseDouble(parts[1]);
            }
            if (parts[0].equals("*/") && parts.length == 4) {
                // Office writes "*/ x w W": x in a path space of width W; the path's own w/h equal W, so x stands.
                return Double.parseDouble(parts[1]);
            }
        } catch (NumberFormatException unsupported) {
            return 0;
        }
        return 0;
    }
}
