package org.aibyhand.app.sheet;

import javafx.scene.canvas.GraphicsContext;

/** The objects drawn over the cells (pictures, shapes, text boxes, equations, charts), anchored to them. */
public interface DrawingLayer {
    /** Paints what shows in a {@code width} x {@code height} canvas and says what it drew. */
    Drawn paint(GraphicsContext g, SheetGeometry geometry, double width, double height);

    /**
     * How many objects of each kind show in a {@code width} x {@code height} area, without painting: a picture
     * painted in tiles counts its objects once this way, where each tile would count those it shares again.
     */
    default Drawn count(SheetGeometry geometry, double width, double height) {
        return Drawn.NONE;
    }

    /** The cells the objects cover (their anchors' bounding box), or null when there are none. */
    default org.aibyhand.engine.ref.Area extent() {
        return null;
    }

    /** How many objects of each kind one paint drew. */
    record Drawn(int pictures, int shapes, int textBoxes, int equations, int charts) {
        public static final Drawn NONE = new Drawn(0, 0, 0, 0, 0);

        public Drawn plus(Drawn other) {
            return new Drawn(pictures + other.pictures, shapes + other.shapes, textBoxes + other.textBoxes,
                    equations + other.equations, charts + other.charts);
        }

        public int total() {
            return pictures + shapes + textBoxes + equations + charts;
        }
    }
}
