package org.aibyhand.engine.book.format;

import java.util.Objects;

/**
 * How a cell looks: font, fill (null for none), borders, alignment, wrapping, number format (Excel's format
 * code, such as {@code 0.00}; {@code General} by default), indent (levels), text rotation (Excel's degrees:
 * 1-90 up, 91-180 down, {@link #STACKED} for letters stacked vertically) and shrink to fit. Immutable; identical
 * styles may be shared.
 */
public record CellStyle(Font font, Rgb fill, Borders borders, Horizontal horizontal, Vertical vertical, boolean wrap,
        String numberFormat, int indent, int rotation, boolean shrink) {

    /** The rotation that stacks the letters one above the other. */
    public static final int STACKED = 255;

    /** Horizontal alignment; GENERAL puts numbers right and text left, as Excel does. */
    public enum Horizontal { GENERAL, LEFT, CENTER, RIGHT, FILL, JUSTIFY }

    /** Vertical alignment. */
    public enum Vertical { TOP, CENTER, BOTTOM }

    public static final CellStyle DEFAULT = new CellStyle(Font.DEFAULT, null, Borders.NONE, Horizontal.GENERAL,
            Vertical.BOTTOM, false, "General");

    public CellStyle {
        Objects.requireNonNull(font, "font");
        Objects.requireNonNull(borders, "borders");
        Objects.requireNonNull(horizontal, "horizontal");
        Objects.requireNonNull(vertical, "vertical");
        Objects.requireNonNull(numberFormat, "numberFormat");
    }

    /** A style with no indent, rotation or shrinking. */
    public CellStyle(Font font, Rgb fill, Borders borders, Horizontal horizontal, Vertical vertical, boolean wrap,
            String numberFormat) {
        this(font, fill, borders, horizontal, vertical, wrap, numberFormat, 0, 0, false);
    }

    public CellStyle withFont(Font newFont) {
        return new CellStyle(newFont, fill, borders, horizontal, vertical, wrap, numberFormat, indent, rotation, shrink);
    }

    public CellStyle withFill(Rgb newFill) {
        return new CellStyle(font, newFill, borders, horizontal, vertical, wrap, numberFormat, indent, rotation, shrink);
    }

    public CellStyle withBorders(Borders newBorders) {
        return new CellStyle(font, fill, newBorders, horizontal, vertical, wrap, numberFormat, indent, rotation, shrink);
    }

    public CellStyle withHorizontal(Horizontal newHorizontal) {
        return new CellStyle(font, fill, borders, newHorizontal, vertical, wrap, numberFormat, indent, rotation, shrink);
    }

    public CellStyle withVertical(Vertical newVertical) {
        return new CellStyle(font, fill, borders, horizontal, newVertical, wrap, numberFormat, indent, rotation, shrink);
    }

    public CellStyle withWrap(boolean newWrap) {
        return new CellStyle(font, fill, borders, horizontal, vertical, newWrap, numberFormat, indent, rotation, shrink);
    }

    public CellStyle withNumberFormat(String newFormat) {
        return new CellStyle(font, fill, borders, horizontal, vertical, wrap, newFormat, indent, rotation, shrink);
    }

    public CellStyle withIndent(int newIndent) {
        return new CellStyle(font, fill, borders, horizontal, vertical, wrap, numberFormat, newIndent, rotation, shrink);
    }

    public CellStyle withRotation(int newRotation) {
        return new CellStyle(font, fill, borders, horizontal, vertical, wrap, numberFormat, indent, newRotation, shrink);
    }

    public CellStyle withShrink(boolean newShrink) {
        return new CellStyle(font, fill, borders, horizontal, vertical, wrap, numberFormat, indent, rotation, newShrink);
    }
}
