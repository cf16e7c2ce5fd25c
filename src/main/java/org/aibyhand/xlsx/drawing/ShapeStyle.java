package org.aibyhand.xlsx.drawing;

import org.aibyhand.engine.book.drawing.DrawingColor;
import org.w3c.dom.Element;

/**
 * A shape's {@code xdr:style}: the theme fill, line and font it falls back on where its own properties name
 * none. A reference with index 0 means "none"; null fields mean none.
 */
record ShapeStyle(DrawingColor fill, DrawingColor line, long lineWidthEmu, DrawingColor fontColor, String font) {

    static final ShapeStyle NONE = new ShapeStyle(null, null, 0, null, null);

    static ShapeStyle read(Element style, ColorReader colors, DrawingTheme theme) {
        if (style == null) {
            return NONE;
        }
        Element fillRef = Xml.child(style, "fillRef");
        Element lineRef = Xml.child(style, "lnRef");
        Element fontRef = Xml.child(style, "fontRef");
        int lineIndex = (int) Xml.longAttribute(lineRef, "idx", 0);
        return new ShapeStyle(Xml.longAttribute(fillRef, "idx", 0) > 0 ? colors.colorIn(fillRef, null) : null,
                lineIndex > 0 ? colors.colorIn(lineRef, null) : null, theme.lineWidth(lineIndex),
                fontRef == null ? null : colors.colorIn(fontRef, null), theme.font(Xml.attribute(fontRef, "idx")));
    }
}
