package org.aibyhand.engine.book.drawing;

/** One top-level object of a sheet's drawing layer and where it is anchored. */
public record Drawing(Anchor anchor, DrawingObject object) {
}
