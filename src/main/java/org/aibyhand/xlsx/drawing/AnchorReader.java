package org.aibyhand.xlsx.drawing;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.book.drawing.Anchor;
import org.aibyhand.engine.book.drawing.Drawing;
import org.aibyhand.engine.book.drawing.DrawingObject;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.w3c.dom.Element;

/** Reads one drawing part ({@code xl/drawings/drawingN.xml}): its anchors, each with the object it places. */
final class AnchorReader {
    private AnchorReader() {
    }

    /** The part's drawings, back to front; an anchor that does not parse is left out. */
    static List<Drawing> read(PackagePart part, DrawingTheme theme) throws Exception {
        Element root;
        try (InputStream in = part.getInputStream()) {
            root = DocumentHelper.readDocument(in).getDocumentElement();
        }
        ObjectReader objects = new ObjectReader(part, theme);
        List<Drawing> drawings = new ArrayList<>();
        for (Element child : Xml.children(root)) {
            Element element = unwrapped(child);
            try {
                Anchor anchor = anchor(element);
                DrawingObject object = anchor == null ? null : object(element, objects);
                if (object != null) {
                    drawings.add(new Drawing(anchor, object));
                }
            } catch (RuntimeException malformed) {
                // skipped: the rest of the part still draws
            }
        }
        return drawings;
    }

    /**
     * An anchor itself, or the one inside an {@code mc:AlternateContent} around it (as Excel writes for form
     * controls and newer objects): the Fallback's, which programs without the extension are meant to show.
     */
    private static Element unwrapped(Element element) {
        if (!"AlternateContent".equals(element.getLocalName())) {
            return element;
        }
        Element branch = Xml.child(element, "Fallback");
        List<Element> inside = Xml.children(branch != null ? branch : Xml.child(element, "Choice"));
        return inside.isEmpty() ? element : inside.get(0);
    }

    private static Anchor anchor(Element element) {
        return switch (element.getLocalName()) {
            case "twoCellAnchor" -> new Anchor.TwoCell(point(Xml.child(element, "from")), point(Xml.child(element, "to")),
                    Xml.attribute(element, "editAs"));
            case "oneCellAnchor" -> {
                Element extent = Xml.child(element, "ext");
                yield new Anchor.OneCell(point(Xml.child(element, "from")), Xml.longAttribute(extent, "cx", 0),
                        Xml.longAttribute(extent, "cy", 0));
            }
            case "absoluteAnchor" -> {
                Element position = Xml.child(element, "pos");
                Element extent = Xml.child(element, "ext");
                yield new Anchor.Absolute(Xml.longAttribute(position, "x", 0), Xml.longAttribute(position, "y", 0),
                        Xml.longAttribute(extent, "cx", 0), Xml.longAttribute(extent, "cy", 0));
            }
            default -> null;
        };
    }

    private static Anchor.CellPoint point(Element marker) {
        if (marker == null) {
            throw new IllegalArgumentException("an anchor without its cell");
        }
        return new Anchor.CellPoint((int) Xml.longText(Xml.child(marker, "col"), 0),
                Xml.longText(Xml.child(marker, "colOff"), 0), (int) Xml.longText(Xml.child(marker, "row"), 0),
                Xml.longText(Xml.child(marker, "rowOff"), 0));
    }

    /** The first child that reads as an object (the anchor's markers and clientData do not). */
    private static DrawingObject object(Element anchor, ObjectReader objects) {
        for (Element child : Xml.children(anchor)) {
            DrawingObject object = objects.read(child);
            if (object != null) {
                return object;
            }
        }
        return null;
    }
}
