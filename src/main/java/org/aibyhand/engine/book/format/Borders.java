package org.aibyhand.engine.book.format;

/** The four edges of a cell; a null edge has no line. */
public record Borders(Border top, Border right, Border bottom, Border left) {

    public static final Borders NONE = new Borders(null, null, null, null);

    public boolean isEmpty() {
        return top == null && right == null && bottom == null && left == null;
    }
}
