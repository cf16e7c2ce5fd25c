package org.aibyhand.xlsx.drawing;

import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.book.drawing.DrawingColor;
import org.aibyhand.engine.book.drawing.TextBody;
import org.w3c.dom.Element;

/**
 * Reads a shape's text ({@code txBody}): paragraphs of runs with their size, weight, slant, colour and font,
 * each falling back on the list style's first level, then the shape's style, then Office's 11-point default.
 */
final class TextBodyReader {
    private static final double DEFAULT_SIZE_POINTS = 11;
    private static final long SIDE_INSET = 91440;
    private static final long TOP_BOTTOM_INSET = 45720;

    private final ColorReader colors;
    private final DrawingTheme theme;

    TextBodyReader(ColorReader colors, DrawingTheme theme) {
        this.colors = colors;
        this.theme = theme;
    }

    /** The text, or null when the body holds no visible character. */
    TextBody read(Element body, ShapeStyle style) {
        if (body == null) {
            return null;
        }
        Element properties = Xml.child(body, "bodyPr");
        Element levelOne = Xml.path(body, "lstStyle", "lvl1pPr");
        Look base = new Look(DEFAULT_SIZE_POINTS, false, false, 0,
                style.fontColor() != null ? style.fontColor() : DrawingColor.BLACK,
                style.font() != null ? style.font() : theme.minorFont())
                .with(Xml.child(levelOne, "defRPr"), colors, theme);
        List<TextBody.Paragraph> paragraphs = new ArrayList<>();
        for (Element paragraph : Xml.children(body, "p")) {
            paragraphs.add(paragraph(paragraph, base, Xml.attribute(levelOne, "algn")));
        }
        String anchor = Xml.attribute(properties, "anchor");
        TextBody text = new TextBody(List.copyOf(paragraphs), anchor == null ? "t" : anchor,
                Xml.longAttribute(properties, "lIns", SIDE_INSET), Xml.longAttribute(properties, "tIns", TOP_BOTTOM_INSET),
                Xml.longAttribute(properties, "rIns", SIDE_INSET), Xml.longAttribute(properties, "bIns", TOP_BOTTOM_INSET),
                !"none".equals(Xml.attribute(properties, "wrap")));
        return text.isBlank() ? null : text;
    }

    private TextBody.Paragraph paragraph(Element paragraph, Look base, String listAlignment) {
        Element properties = Xml.child(paragraph, "pPr");
        Look look = base.with(Xml.child(properties, "defRPr"), colors, theme);
        List<TextBody.TextRun> runs = new ArrayList<>();
        for (Element child : Xml.children(paragraph)) {
            String kind = child.getLocalName();
            if (kind.equals("r") || kind.equals("fld")) {
                Look own = look.with(Xml.child(child, "rPr"), colors, theme);
                Element text = Xml.child(child, "t");
                String characters = text == null ? "" : text.getTextContent();
                runs.add(new TextBody.TextRun(characters, own.size, own.bold, own.italic, own.color, own.font, own.baseline));
            } else if (kind.equals("br")) {
                Look own = look.with(Xml.child(child, "rPr"), colors, theme);
                runs.add(new TextBody.TextRun("\n", own.size, own.bold, own.italic, own.color, own.font, 0));
            }
        }
        String alignment = Xml.attribute(properties, "algn");
        if (alignment == null) {
            alignment = listAlignment != null ? listAlignment : "l";
        }
        return new TextBody.Paragraph(alignment, List.copyOf(runs));
    }

    /** Character properties as they cascade from the list style to the paragraph to the run. */
    private record Look(double size, boolean bold, boolean italic, double baseline, DrawingColor color, String font) {

        Look with(Element runProperties, ColorReader colors, DrawingTheme theme) {
            if (runProperties == null) {
                return this;
            }
            double points = Xml.doubleAttribute(runProperties, "sz", size * 100) / 100;
            DrawingColor own = colors.colorIn(Xml.child(runProperties, "solidFill"), color);
            String typeface = theme.font(Xml.attribute(Xml.child(runProperties, "latin"), "typeface"));
            return new Look(points, Xml.booleanAttribute(runProperties, "b", bold),
                    Xml.booleanAttribute(runProperties, "i", italic),
                    Xml.doubleAttribute(runProperties, "baseline", baseline * 100000) / 100000, own != null ? own : color,
                    typeface != null && !typeface.isEmpty() ? typeface : font);
        }
    }
}
