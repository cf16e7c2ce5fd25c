package org.aibyhand.app.sheet;

import org.aibyhand.engine.book.format.Font;

/** Measures text: the width in pixels of a text in a cell font at a zoom. */
@FunctionalInterface
public interface TextWidth {
    double of(String text, Font font, double zoom);

    /**
     * The width a number is fitted to its cell by: at 100%, each character's advance rounded to whole pixels, as a
     * hinted screen font draws it (a Calibri 11 digit is 7 pixels, not 7.4). Excel decides how many digits a
     * column shows this way, the same at every zoom.
     */
    default double hinted(String text, Font font) {
        double total = 0;
        for (int i = 0; i < text.length(); i++) {
            total += Math.round(of(text.substring(i, i + 1), font, 1));
        }
        return total;
    }

    /** The widths JavaFX draws with. */
    TextWidth FX = new TextWidth() {
        @Override
        public double of(String text, Font font, double zoom) {
            return Fonts.width(text, font, zoom);
        }

        @Override
        public double hinted(String text, Font font) {
            return Fonts.hintedWidth(text, font);
        }
    };
}
