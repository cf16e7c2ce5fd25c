package org.aibyhand.app.sheet;

import org.aibyhand.engine.book.format.Font;

/** Measures text: the width in pixels of a text in a cell font at a zoom. */
@FunctionalInterface
public interface TextWidth {
    double of(String text, Font font, double zoom);

    /** The widths JavaFX draws with. */
    TextWidth FX = Fonts::width;
}
