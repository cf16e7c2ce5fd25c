package org.aibyhand.lesson.network;

/**
 * One thing drawn in a network picture, by position: node {@code index}, edge {@code index}, or square
 * {@code cell} of heat map {@code index}. What the selection lights and what a click picks.
 */
public record Part(Kind kind, int index, int cell) {

    /** What sort of thing a part is. */
    public enum Kind { NODE, EDGE, MAP }

    public static Part node(int index) {
        return new Part(Kind.NODE, index, 0);
    }

    public static Part edge(int index) {
        return new Part(Kind.EDGE, index, 0);
    }

    public static Part map(int index, int cell) {
        return new Part(Kind.MAP, index, cell);
    }
}
