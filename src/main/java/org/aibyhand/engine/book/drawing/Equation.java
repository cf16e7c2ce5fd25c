package org.aibyhand.engine.book.drawing;

/**
 * An Office Math equation, kept as the file's stand-in for programs that do not read Office Math: a text box
 * holding the equation written on one line, or a picture of it.
 */
public record Equation(DrawingObject fallback) implements DrawingObject {

    @Override
    public String name() {
        return fallback.name();
    }

    @Override
    public Transform transform() {
        return fallback.transform();
    }
}
