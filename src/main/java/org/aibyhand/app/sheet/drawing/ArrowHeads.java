package org.aibyhand.app.sheet.drawing;

import javafx.scene.canvas.GraphicsContext;
import org.aibyhand.engine.book.drawing.Outline;

/**
 * Draws a line's arrow head at its tip, pointing away from the point before it: triangle, stealth (notched),
 * arrow (open), diamond or oval, sized by the line's width as Office sizes them (small, medium, large).
 */
final class ArrowHeads {
    private ArrowHeads() {
    }

    static void draw(GraphicsContext g, Outline.ArrowHead head, double tipX, double tipY, double backX, double backY,
            double lineWidth, double scale) {
        double dx = tipX - backX;
        double dy = tipY - backY;
        double length = Math.hypot(dx, dy);
        if (length < 1e-9) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        // A hairline still gets a head one can see: Office sizes heads from at least about a point and a half.
        double unit = Math.max(lineWidth, 2 * scale);
        double headLength = unit * factor(head.length());
        double halfWidth = unit * factor(head.width()) / 2;
        double baseX = tipX - ux * headLength;
        double baseY = tipY - uy * headLength;
        double leftX = baseX - uy * halfWidth;
        double leftY = baseY + ux * halfWidth;
        double rightX = baseX + uy * halfWidth;
        double rightY = baseY - ux * halfWidth;
        g.setLineDashes((double[]) null);
        switch (head.type()) {
            case "arrow" -> g.strokePolyline(new double[] {leftX, tipX, rightX}, new double[] {leftY, tipY, rightY}, 3);
            case "stealth" -> {
                double notchX = tipX - ux * headLength * 0.6;
                double notchY = tipY - uy * headLength * 0.6;
                g.fillPolygon(new double[] {tipX, leftX, notchX, rightX}, new double[] {tipY, leftY, notchY, rightY}, 4);
            }
            case "diamond" -> {
                double half = headLength / 2;
                g.fillPolygon(new double[] {tipX + ux * half, tipX - uy * halfWidth, tipX - ux * half, tipX + uy * halfWidth},
                        new double[] {tipY + uy * half, tipY + ux * halfWidth, tipY - uy * half, tipY - ux * halfWidth}, 4);
            }
            case "oval" -> g.fillOval(tipX - halfWidth, tipY - halfWidth, 2 * halfWidth, 2 * halfWidth);
            default -> g.fillPolygon(new double[] {tipX, leftX, rightX}, new double[] {tipY, leftY, rightY}, 3);
        }
    }

    private static double factor(String size) {
        return switch (size) {
            case "sm" -> 2;
            case "lg" -> 5;
            default -> 3;
        };
    }
}
