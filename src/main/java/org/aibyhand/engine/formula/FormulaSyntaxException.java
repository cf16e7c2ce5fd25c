package org.aibyhand.engine.formula;

/** A formula text the parser cannot read; the message says what and where, for a person to act on. */
public final class FormulaSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int position;

    public FormulaSyntaxException(String message, int position) {
        super(message + " at position " + (position + 1));
        this.position = position;
    }

    /** Zero-based index in the formula text where the problem was found. */
    public int position() {
        return position;
    }
}
