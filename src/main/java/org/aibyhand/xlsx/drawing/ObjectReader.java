package org.aibyhand.xlsx.drawing;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.book.drawing.DrawingObject;
import org.aibyhand.engine.book.drawing.Equation;
import org.aibyhand.engine.book.drawing.Group;
import org.aibyhand.engine.book.drawing.Picture;
import org.aibyhand.engine.book.drawing.Shape;
import org.aibyhand.engine.book.drawing.Transform;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.w3c.dom.Element;

/**
 * Reads one object of a drawing part: a shape or connector, a picture, a group (recursively), a chart frame,
 * or an {@code mc:AlternateContent} (read from its Fallback branch; an Office Math one becomes an
 * {@link Equation}). Anything else, a hidden object, or an object that does not parse is null: the caller
 * skips it.
 */
final class ObjectReader {
    private static final String MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math";
    private static final String CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    private final PackagePart drawingPart;
    private final ShapePropertiesReader properties;
    private final TextBodyReader texts;
    private final ChartReader charts;
    private final ColorReader colors;
    private final DrawingTheme theme;

    ObjectReader(PackagePart drawingPart, DrawingTheme theme) {
        this.drawingPart = drawingPart;
        this.theme = theme;
        this.colors = new ColorReader(theme.colors());
        this.properties = new ShapePropertiesReader(colors);
        this.texts = new TextBodyReader(colors, theme);
        this.charts = new ChartReader(colors);
    }

    DrawingObject read(Element element) {
        if (hidden(element)) {
            return null; // Excel does not show it (the file keeps it)
        }
        try {
            return switch (element.getLocalName()) {
                case "sp", "cxnSp" -> shape(element);
                case "pic" -> picture(element);
                case "grpSp" -> group(element);
                case "graphicFrame" -> frame(element);
                case "AlternateContent" -> alternate(element);
                default -> null;
            };
        } catch (RuntimeException malformed) {
            return null; // one broken object costs itself, never its neighbours
        }
    }

    private Shape shape(Element shape) {
        Element spPr = Xml.child(shape, "spPr");
        ShapeStyle style = ShapeStyle.read(Xml.child(shape, "style"), colors, theme);
        boolean textBox = Xml.booleanAttribute(Xml.path(shape, "nvSpPr", "cNvSpPr"), "txBox", false);
        return new Shape(name(shape), ShapePropertiesReader.transform(Xml.child(spPr, "xfrm")),
                ShapePropertiesReader.geometry(spPr), properties.fill(spPr, style), properties.outline(spPr, style),
                texts.read(Xml.child(shape, "txBody"), style), textBox);
    }

    private Picture picture(Element picture) {
        Element blip = Xml.path(picture, "blipFill", "blip");
        PackagePart image = related(Xml.attribute(blip, "embed"));
        if (image == null) {
            return null;
        }
        byte[] bytes;
        try (InputStream in = image.getInputStream()) {
            bytes = in.readAllBytes();
        } catch (java.io.IOException unreadable) {
            return null;
        }
        return new Picture(name(picture), ShapePropertiesReader.transform(Xml.path(picture, "spPr", "xfrm")), bytes,
                image.getContentType(), image.getPartName().getName());
    }

    private Group group(Element group) {
        Element xfrm = Xml.path(group, "grpSpPr", "xfrm");
        Transform transform = ShapePropertiesReader.transform(xfrm);
        Element childOffset = Xml.child(xfrm, "chOff");
        Element childExtent = Xml.child(xfrm, "chExt");
        List<DrawingObject> children = new ArrayList<>();
        for (Element child : Xml.children(group)) {
            DrawingObject read = read(child);
            if (read != null) {
                children.add(read);
            }
        }
        return new Group(name(group), transform, Xml.longAttribute(childOffset, "x", transform.x()),
                Xml.longAttribute(childOffset, "y", transform.y()), Xml.longAttribute(childExtent, "cx", transform.width()),
                Xml.longAttribute(childExtent, "cy", transform.height()), List.copyOf(children));
    }

    private DrawingObject frame(Element frame) {
        Element data = Xml.path(frame, "graphic", "graphicData");
        Element chart = Xml.child(data, "chart");
        if (chart == null || !CHART.equals(chart.getNamespaceURI())) {
            return null;
        }
        PackagePart part = related(Xml.attribute(chart, "id"));
        return part == null ? null
                : charts.read(part, name(frame), ShapePropertiesReader.transform(Xml.child(frame, "xfrm")));
    }

    private DrawingObject alternate(Element alternate) {
        Element choice = Xml.child(alternate, "Choice");
        Element fallback = Xml.child(alternate, "Fallback");
        Element branch = fallback != null ? fallback : choice;
        DrawingObject object = null;
        for (Element child : Xml.children(branch)) {
            object = object != null ? object : read(child);
        }
        boolean math = choice != null && choice.getElementsByTagNameNS(MATH, "oMath").getLength() > 0;
        return object != null && math ? new Equation(object) : object;
    }

    private PackagePart related(String id) {
        if (id == null) {
            return null;
        }
        try {
            PackageRelationship relation = drawingPart.getRelationship(id);
            return relation == null ? null : drawingPart.getRelatedPart(relation);
        } catch (Exception brokenOrExternal) {
            return null;
        }
    }

    /** Whether the object is hidden ({@code cNvPr hidden="1"}), as Excel's selection pane can make it. */
    private static boolean hidden(Element object) {
        for (Element child : Xml.children(object)) {
            if (child.getLocalName().startsWith("nv")) {
                return Xml.booleanAttribute(Xml.child(child, "cNvPr"), "hidden", false);
            }
        }
        return false;
    }

    /** The {@code cNvPr name} of any object kind (nvSpPr, nvCxnSpPr, nvPicPr, nvGrpSpPr, nvGraphicFramePr). */
    private static String name(Element object) {
        for (Element child : Xml.children(object)) {
            if (child.getLocalName().startsWith("nv")) {
                String name = Xml.attribute(Xml.child(child, "cNvPr"), "name");
                return name != null ? name : "";
            }
        }
        return "";
    }
}
