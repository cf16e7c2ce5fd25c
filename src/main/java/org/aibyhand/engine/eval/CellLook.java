package org.aibyhand.engine.eval;

import java.util.Objects;
import org.aibyhand.engine.book.format.CellStyle;
import org.aibyhand.engine.book.format.Rgb;

/**
 * How a cell shows: its style with the conditional formats that hold applied (colour scales included, as its
 * fill), and the data bar to draw in it, or null.
 */
public record CellLook(CellStyle style, Bar bar) {

    /** A data bar: {@code fraction} of the cell's width (0 empty, 1 full) in {@code color}. */
    public record Bar(double fraction, Rgb color) {
        public Bar {
            Objects.requireNonNull(color, "color");
        }
    }

    public CellLook {
        Objects.requireNonNull(style, "style");
    }
}
