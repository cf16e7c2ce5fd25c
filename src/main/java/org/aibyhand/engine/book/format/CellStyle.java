package org.aibyhand.engine.book.format;

import java.util.Objects;

/**
 * How a cell looks: font, fill (null for none), borders, alignment, wrapping and number format (Excel's format
 * code, such as {@code 0.00}; {@code General} by default). Immutable; identical styles may be shared.
 */
public record CellStyle(Font font, Rgb fill, Borders borders, Horizontal horizontal, Vertical vertical, boolean wrap,
        String numberFormat) {

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

    public CellStyle withFont(Font newFont) {
        return new CellStyle(newFont, fill, borders, horizontal, vertical, wrap, numberFormat);
    }

    public CellStyle withFill(Rgb newFill) {
        return new CellStyle(font, newFill, borders, horizontal, vertical, wrap, numberFormat);
    }

    public CellStyle withBorders(Borders newBorders) {
        return new CellStyle(font, fill, newBorders, horizontal, vertical, wrap, numberFormat);
    }

    public CellStyle withHorizontal(Horizontal newHorizontal) {
        return new CellStyle(font, fill, borders, newHorizontal, vertical, wrap, numberFormat);
    }

    public CellStyle withVertical(Vertical newVertical) {
        return new CellStyle(font, fill, borders, horizontal, newVertical, wrap, numberFormat);
    }

    public CellStyle withWrap(boolean newWrap) {
        return new CellStyle(font, fill, borders, horizontal, vertical, newWrap, numberFormat);
    }

    public CellStyle withNumberFormat(String newFormat) {
        return new CellStyle(font, fill, borders, horizontal, vertical, wrap, newFormat);
    }
}
