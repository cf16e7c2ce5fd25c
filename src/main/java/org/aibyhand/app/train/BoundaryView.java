package org.aibyhand.app.train;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.aibyhand.train.BoundaryImage;
import org.aibyhand.train.DecisionBoundary;

/** The decision boundary on a square canvas, in the colours of {@link BoundaryImage}, redrawn after each step. */
final class BoundaryView {
    static final int GRID = 60;
    private final Canvas canvas = new Canvas(220, 220);

    BoundaryView() {
        canvas.setId("decisionBoundary");
    }

    Canvas root() {
        return canvas;
    }

    void show(DecisionBoundary boundary) {
        double size = canvas.getWidth();
        int cells = boundary.outputs().length;
        WritableImage image = new WritableImage(cells, cells);
        PixelWriter pixels = image.getPixelWriter();
        for (int r = 0; r < cells; r++) {
            for (int c = 0; c < cells; c++) {
                pixels.setArgb(c, r, BoundaryImage.argb(boundary.outputs()[r][c]));
            }
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setImageSmoothing(true);
        g.drawImage(image, 0, 0, size, size);
        double radius = 4;
        for (int s = 0; s < boundary.points().length; s++) {
            double x = (boundary.points()[s][0] - boundary.xMin()) / (boundary.xMax() - boundary.xMin()) * size;
            double y = (boundary.yMax() - boundary.points()[s][1]) / (boundary.yMax() - boundary.yMin()) * size;
            int argb = BoundaryImage.pointArgb(boundary.targets()[s]);
            g.setFill(Color.rgb(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF));
            g.fillOval(x - radius, y - radius, 2 * radius, 2 * radius);
            g.setStroke(Color.WHITE);
            g.strokeOval(x - radius, y - radius, 2 * radius, 2 * radius);
        }
    }
}
