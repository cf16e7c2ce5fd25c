package org.aibyhand.engine.book.drawing;

/**
 * A preset or freeform shape, connector or text box: its geometry, fill (null for none), outline (null for
 * none) and text (null for none). {@code textBox} marks shapes Excel made with its Text Box tool.
 */
public record Shape(String name, Transform transform, Geometry geometry, DrawingColor fill, Outline outline,
        TextBody text, boolean textBox) implements DrawingObject {
}
