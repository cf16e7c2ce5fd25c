package org.aibyhand.engine.value;

import java.util.Objects;

/** A string; the empty string is text, not an empty cell (ISBLANK is FALSE, COUNTA counts it). */
public record TextValue(String text) implements Value {
    public static final TextValue EMPTY = new TextValue("");
    /** Excel's limit on the length of a cell's text: longer results of text operations are #VALUE!. */
    public static final int MAX_LENGTH = 32_767;

    public TextValue {
        Objects.requireNonNull(text, "text");
    }
}
