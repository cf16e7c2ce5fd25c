package org.aibyhand.app.sheet.drawing;

/** A rectangle in canvas pixels. */
record Box(double x, double y, double width, double height) {

    double centerX() {
        return x + width / 2;
    }

    double centerY() {
        return y + height / 2;
    }

    double right() {
        return x + width;
    }

    double bottom() {
        return y + height;
    }

    /** The same size centred on the origin: where an object is drawn once the canvas is moved to its centre. */
    Box centred() {
        return new Box(-width / 2, -height / 2, width, height);
    }

    /** Smaller by the given margins on each side (never below zero size). */
    Box inset(double left, double top, double right, double bottom) {
        return new Box(x + left, y + top, Math.max(0, width - left - right), Math.max(0, height - top - bottom));
    }

    /** Whether any part of the box, turned by any angle about its centre, can fall on a canvas of this size. */
    boolean mayShowOn(double canvasWidth, double canvasHeight) {
        double reach = Math.hypot(width, height) / 2 + 4; // room for rotation, outlines and arrow heads
        return centerX() + reach >= 0 && centerX() - reach <= canvasWidth && centerY() + reach >= 0
                && centerY() - reach <= canvasHeight;
    }
}
