package org.aibyhand.engine.book.drawing;

import org.aibyhand.engine.book.format.Rgb;

/** A colour with its opacity (1 opaque, 0 invisible), theme colours and their modifiers already applied. */
public record DrawingColor(Rgb rgb, double alpha) {

    public static final DrawingColor BLACK = new DrawingColor(Rgb.BLACK, 1);

    public static DrawingColor opaque(Rgb rgb) {
        return new DrawingColor(rgb, 1);
    }
}
