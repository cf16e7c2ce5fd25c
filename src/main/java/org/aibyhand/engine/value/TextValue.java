package org.aibyhand.engine.value;

import java.util.Objects;

/** A string; the empty string is text, not an empty cell (ISBLANK is FALSE, COUNTA counts it). */
public record TextValue(String text) implements Value {
    public static final TextValue EMPTY = new TextValue("");

    public TextValue {
        Objects.requireNonNull(text, "text");
    }
}
