package org.aibyhand.engine.book.format;

import java.util.Objects;

/** A font: family, size in points, weight, slant, underline and colour. */
public record Font(String family, double sizePoints, boolean bold, boolean italic, boolean underline, Rgb color) {

    public static final Font DEFAULT = new Font("Calibri", 11, false, false, false, Rgb.BLACK);

    public Font {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(color, "color");
    }

    public Font withColor(Rgb newColor) {
        return new Font(family, sizePoints, bold, italic, underline, newColor);
    }

    public Font withBold(boolean newBold) {
        return new Font(family, sizePoints, newBold, italic, underline, color);
    }

    public Font withItalic(boolean newItalic) {
        return new Font(family, sizePoints, bold, newItalic, underline, color);
    }

    public Font withUnderline(boolean newUnderline) {
        return new Font(family, sizePoints, bold, italic, newUnderline, color);
    }
}
