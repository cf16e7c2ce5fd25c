package org.aibyhand.app.sheet.drawing;

import javafx.geometry.Bounds;
import javafx.scene.canvas.GraphicsContext;
import org.aibyhand.app.sheet.Axis;
import org.aibyhand.app.sheet.DrawingLayer;
import org.aibyhand.app.sheet.SheetGeometry;
import org.aibyhand.app.sheet.SheetLayout;
import org.aibyhand.engine.book.drawing.DrawingCounts;
import org.aibyhand.engine.book.format.SheetFormat;
import org.aibyhand.engine.ref.Area;

/** A sheet's drawings as the grid's {@link DrawingLayer}: painted by one {@link DrawingPainter} for the sheet's view. */
public final class SheetDrawingLayer implements DrawingLayer {
    private final SheetFormat format;
    private final DrawingPainter painter = new DrawingPainter();

    private SheetDrawingLayer(SheetFormat format) {
        this.format = format;
    }

    /** The drawing layer of a sheet with this format (its {@code drawings()}, read from the file). */
    public static DrawingLayer of(SheetFormat format) {
        return new SheetDrawingLayer(format);
    }

    @Override
    public Drawn paint(GraphicsContext g, SheetGeometry geometry, double width, double height) {
        if (format.drawings().isEmpty()) {
            return Drawn.NONE;
        }
        return drawn(painter.paint(g, format.drawings(), geometry, width, height));
    }

    @Override
    public Drawn count(SheetGeometry geometry, double width, double height) {
        return drawn(DrawingPainter.count(format.drawings(), geometry, width, height));
    }

    private static Drawn drawn(DrawingCounts counts) {
        return new Drawn(counts.pictures(), counts.shapes(), counts.textBoxes(), counts.equations(), counts.charts());
    }

    /** The cells under the drawings' anchors, with one-cell and absolute anchors measured on the sheet's sizes. */
    @Override
    public Area extent() {
        if (format.drawings().isEmpty()) {
            return null;
        }
        SheetLayout layout = SheetLayout.unfrozen(format);
        Axis columns = layout.columns();
        Axis rows = layout.rows();
        Bounds bounds = DrawingPainter.bounds(format.drawings(), layout); // at 100%, unscrolled, no headers
        return new Area(rows.indexAt(bounds.getMinY()), columns.indexAt(bounds.getMinX()),
                rows.indexAt(Math.max(bounds.getMinY(), bounds.getMaxY() - 1)),
                columns.indexAt(Math.max(bounds.getMinX(), bounds.getMaxX() - 1)));
    }
}
