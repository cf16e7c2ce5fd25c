package org.aibyhand.lesson.network;

/** A symbol written in the picture, such as a layer's name or "t = 2" above a time step; (x, y) is its centre. */
public record Caption(String text, double x, double y) {
}
