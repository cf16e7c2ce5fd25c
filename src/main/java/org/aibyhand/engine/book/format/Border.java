package org.aibyhand.engine.book.format;

import java.util.Objects;

/** One edge of a cell's border. */
public record Border(Line line, Rgb color) {

    /** Line styles, from Excel's list, reduced to what a screen can tell apart. */
    public enum Line { THIN, MEDIUM, THICK, DASHED, DOTTED, DOUBLE }

    public Border {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(color, "color");
    }
}
