package org.aibyhand.app;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Moves a tool window (the gradient check) off the cell it has just pointed at, so the teacher sees the cell:
 * to the right of the cell if it fits on the screen, else to its left, below or above.
 */
final class StayClear {
    private static final double GAP = 12;

    private StayClear() {
    }

    /** Moves {@code window} when it covers {@code cellOnScreen}. */
    static void of(Stage window, Bounds cellOnScreen) {
        if (cellOnScreen == null) {
            return;
        }
        Rectangle2D cell = new Rectangle2D(cellOnScreen.getMinX(), cellOnScreen.getMinY(), cellOnScreen.getWidth(),
                cellOnScreen.getHeight());
        Rectangle2D screen = Screen.getScreensForRectangle(cell).stream().findFirst().orElse(Screen.getPrimary())
                .getVisualBounds();
        Point2D place = placeAway(new Rectangle2D(window.getX(), window.getY(), window.getWidth(), window.getHeight()),
                cell, screen);
        window.setX(place.getX());
        window.setY(place.getY());
    }

    /** Where a window goes so that it does not cover {@code cell}: where it is when it does not already. */
    static Point2D placeAway(Rectangle2D window, Rectangle2D cell, Rectangle2D screen) {
        if (!window.intersects(cell)) {
            return new Point2D(window.getMinX(), window.getMinY());
        }
        double w = window.getWidth();
        double h = window.getHeight();
        double y = clamp(window.getMinY(), screen.getMinY(), screen.getMaxY() - h);
        double x = clamp(window.getMinX(), screen.getMinX(), screen.getMaxX() - w);
        if (cell.getMaxX() + GAP + w <= screen.getMaxX()) {
            return new Point2D(cell.getMaxX() + GAP, y);
        }
        if (cell.getMinX() - GAP - w >= screen.getMinX()) {
            return new Point2D(cell.getMinX() - GAP - w, y);
        }
        if (cell.getMaxY() + GAP + h <= screen.getMaxY()) {
            return new Point2D(x, cell.getMaxY() + GAP);
        }
        return new Point2D(x, Math.max(screen.getMinY(), cell.getMinY() - GAP - h));
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, Math.max(min, max)));
    }
}
