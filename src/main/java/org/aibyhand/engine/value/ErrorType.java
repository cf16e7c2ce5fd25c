package org.aibyhand.engine.value;

/** Excel's error values, with the text Excel shows and stores for each. */
public enum ErrorType {
    NULL("#NULL!"),
    DIV0("#DIV/0!"),
    VALUE("#VALUE!"),
    REF("#REF!"),
    NAME("#NAME?"),
    NUM("#NUM!"),
    NA("#N/A"),
    GETTING_DATA("#GETTING_DATA"),
    SPILL("#SPILL!"),
    CALC("#CALC!"),
    /** A cell that is part of a circular reference. Excel has no such value; it is saved as #NUM!. */
    CYCLE("#CYCLE!");

    private final String text;

    ErrorType(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** The error whose text is {@code text} (case-insensitive), or null. */
    public static ErrorType fromText(String text) {
        for (ErrorType type : values()) {
            if (type.text.equalsIgnoreCase(text)) {
                return type;
            }
        }
        return null;
    }
}
