package org.aibyhand.engine.book.drawing;

/**
 * An object's box in its parent's coordinates (EMUs), its clockwise rotation about the box's centre in
 * degrees, and whether it is mirrored left-right or top-bottom (applied before the rotation).
 */
public record Transform(long x, long y, long width, long height, double rotationDegrees, boolean flipHorizontal,
        boolean flipVertical) {

    /** No box of its own: the anchor alone places the object. */
    public static final Transform NONE = new Transform(0, 0, 0, 0, 0, false, false);
}
