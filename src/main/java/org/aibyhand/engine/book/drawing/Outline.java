package org.aibyhand.engine.book.drawing;

/**
 * A shape's outline: colour, width in EMUs, dash preset (solid, dash, sysDot, sysDash, dot, lgDash, dashDot,
 * ...), and the arrow heads at the start ({@code head}) and end ({@code tail}) of a line, null for none.
 */
public record Outline(DrawingColor color, long widthEmu, String dash, ArrowHead head, ArrowHead tail) {

    /** An arrow head: type (triangle, stealth, arrow, diamond, oval) and its width and length (sm, med, lg). */
    public record ArrowHead(String type, String width, String length) {
    }
}
