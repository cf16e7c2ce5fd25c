package org.aibyhand.xlsx.drawing;

import java.util.HashMap;
import java.util.Map;
import org.aibyhand.engine.book.drawing.DrawingColor;
import org.aibyhand.engine.book.drawing.Geometry;
import org.aibyhand.engine.book.drawing.Outline;
import org.aibyhand.engine.book.drawing.Transform;
import org.w3c.dom.Element;

/** Reads a shape's properties ({@code spPr}): its box, geometry, fill and outline, falling back on its style. */
final class ShapePropertiesReader {
    private final ColorReader colors;

    ShapePropertiesReader(ColorReader colors) {
        this.colors = colors;
    }

    /** The box of an {@code a:xfrm} (or {@code xdr:xfrm}); {@link Transform#NONE} when there is none. */
    static Transform transform(Element xfrm) {
        if (xfrm == null) {
            return Transform.NONE;
        }
        Element offset = Xml.child(xfrm, "off");
        Element extent = Xml.child(xfrm, "ext");
        return new Transform(Xml.longAttribute(offset, "x", 0), Xml.longAttribute(offset, "y", 0),
                Xml.longAttribute(extent, "cx", 0), Xml.longAttribute(extent, "cy", 0),
                Xml.doubleAttribute(xfrm, "rot", 0) / 60000, Xml.booleanAttribute(xfrm, "flipH", false),
                Xml.booleanAttribute(xfrm, "flipV", false));
    }

    /** The preset or freeform geometry; a shape that names none is a rectangle. */
    static Geometry geometry(Element properties) {
        Element preset = Xml.child(properties, "prstGeom");
        if (preset != null) {
            return Geometry.preset(String.valueOf(Xml.attribute(preset, "prst")), adjustValues(Xml.child(preset, "avLst")));
        }
        Element custom = Xml.child(properties, "custGeom");
        if (custom != null) {
            return new Geometry(Geometry.CUSTOM, Map.of(), CustomGeometryReader.paths(custom));
        }
        return Geometry.preset("rect", Map.of());
    }

    /** {@code <a:gd name="adj1" fmla="val -57217"/>} entries; formulas other than constants are left out. */
    private static Map<String, Double> adjustValues(Element list) {
        Map<String, Double> values = new HashMap<>();
        for (Element guide : Xml.children(list, "gd")) {
            String formula = Xml.attribute(guide, "fmla");
            String name = Xml.attribute(guide, "name");
            if (name != null && formula != null && formula.startsWith("val ")) {
                try {
                    values.put(name, Double.parseDouble(formula.substring(4).trim()));
                } catch (NumberFormatException notConstant) {
                    // leave the preset's default
                }
            }
        }
        return values;
    }

    /** The fill colour, null for none: solid, the first stop of a gradient, a pattern's foreground, else the style's. */
    DrawingColor fill(Element properties, ShapeStyle style) {
        for (Element child : Xml.children(properties)) {
            switch (child.getLocalName()) {
                case "noFill":
                    return null;
                case "solidFill":
                    return colors.colorIn(child, style.fill());
                case "gradFill":
                    return colors.colorIn(Xml.path(child, "gsLst", "gs"), style.fill());
                case "pattFill":
                    return colors.colorIn(Xml.child(child, "fgClr"), style.fill());
                default:
                    break;
            }
        }
        return style.fill();
    }

    /** The outline, null for none: the shape's own {@code a:ln} over its style's line. */
    Outline outline(Element properties, ShapeStyle style) {
        Element line = Xml.child(properties, "ln");
        DrawingColor color = style.line();
        if (line != null) {
            if (Xml.child(line, "noFill") != null) {
                return null;
            }
            Element solid = Xml.child(line, "solidFill");
            Element gradient = Xml.path(line, "gradFill", "gsLst", "gs");
            if (solid != null) {
                color = colors.colorIn(solid, style.line());
            } else if (gradient != null) {
                color = colors.colorIn(gradient, style.line());
            }
        }
        if (color == null) {
            return null;
        }
        long width = Xml.longAttribute(line, "w", style.lineWidthEmu() > 0 ? style.lineWidthEmu() : 9525);
        String dash = Xml.attribute(Xml.child(line, "prstDash"), "val");
        return new Outline(color, width, dash == null ? "solid" : dash, arrow(Xml.child(line, "headEnd")),
                arrow(Xml.child(line, "tailEnd")));
    }

    private static Outline.ArrowHead arrow(Element end) {
        String type = Xml.attribute(end, "type");
        if (type == null || type.equals("none")) {
            return null;
        }
        String width = Xml.attribute(end, "w");
        String length = Xml.attribute(end, "len");
        return new Outline.ArrowHead(type, width == null ? "med" : width, length == null ? "med" : length);
    }
}
