package org.aibyhand.app.sheet.drawing;

import javafx.scene.canvas.GraphicsContext;
import org.aibyhand.app.sheet.SheetGeometry;
import org.aibyhand.engine.book.drawing.Geometry;
import org.aibyhand.engine.book.drawing.GeometryPath;
import org.aibyhand.engine.book.drawing.Outline;
import org.aibyhand.engine.book.drawing.Shape;
import org.aibyhand.engine.book.drawing.TextBody;

/**
 * Draws a shape in its box on a canvas already moved to the box's centre and turned by the shape's rotation:
 * the geometry mirrored by its flips (its own and its groups'), filled, outlined (dashes, arrow heads), then its text, which flips
 * never mirror.
 */
final class ShapePainter {
    /** How far in from an ellipse's box its text box starts: the inscribed rectangle, (1 - cos 45°) / 2 of a side. */
    private static final double ELLIPSE_TEXT_INSET = (1 - Math.sqrt(0.5)) / 2;

    private final ShapeTextPainter text;

    ShapePainter(ShapeTextPainter text) {
        this.text = text;
    }

    /** Draws the shape in {@code box}, mirrored left-right and top-bottom as {@code flipH} and {@code flipV} say. */
    void paint(GraphicsContext g, Shape shape, Box box, double scale, boolean flipH, boolean flipV) {
        g.save();
        g.scale(flipH ? -1 : 1, flipV ? -1 : 1);
        Geometry geometry = shape.geometry();
        boolean custom = geometry.preset().equals(Geometry.CUSTOM);
        boolean line = PresetGeometry.isLine(geometry.preset());
        for (GeometryPath path : PresetGeometry.paths(geometry, box.width(), box.height())) {
            double scaleX = custom ? box.width() / units(path.width(), shape.transform().width(), scale) : 1;
            double scaleY = custom ? box.height() / units(path.height(), shape.transform().height(), scale) : 1;
            PathTracer.Ends ends = PathTracer.trace(g, path, box.x(), box.y(), scaleX, scaleY);
            if (path.filled() && shape.fill() != null && !line) {
                g.setFill(Paints.of(shape.fill()));
                g.fill();
            }
            if (path.stroked() && shape.outline() != null) {
                Strokes.apply(g, shape.outline(), scale);
                g.stroke();
                arrowHeads(g, shape.outline(), ends, scale);
            }
        }
        Strokes.reset(g);
        g.restore();
        if (shape.text() != null) {
            text.paint(g, shape.text(), textArea(shape, box, scale), scale);
        }
    }

    /** A path's units across the box: its own width, else the shape's size in EMUs, else the pixels at the zoom. */
    private static double units(long pathSize, long shapeSizeEmu, double scale) {
        if (pathSize > 0) {
            return pathSize;
        }
        return shapeSizeEmu > 0 ? shapeSizeEmu : SheetGeometry.EMU_PER_PIXEL / scale;
    }

    private static void arrowHeads(GraphicsContext g, Outline outline, PathTracer.Ends ends, double scale) {
        if (outline.head() == null && outline.tail() == null) {
            return;
        }
        double width = Strokes.width(outline, scale);
        g.setFill(Paints.of(outline.color()));
        if (outline.head() != null && !Double.isNaN(ends.startBackX())) {
            ArrowHeads.draw(g, outline.head(), ends.startX(), ends.startY(), ends.startBackX(), ends.startBackY(), width, scale);
        }
        if (outline.tail() != null) {
            ArrowHeads.draw(g, outline.tail(), ends.endX(), ends.endY(), ends.endBackX(), ends.endBackY(), width, scale);
        }
    }

    private static Box textArea(Shape shape, Box box, double scale) {
        Box inner = box;
        if (shape.geometry().preset().equals("ellipse")) {
            inner = box.inset(box.width() * ELLIPSE_TEXT_INSET, box.height() * ELLIPSE_TEXT_INSET,
                    box.width() * ELLIPSE_TEXT_INSET, box.height() * ELLIPSE_TEXT_INSET);
        }
        TextBody body = shape.text();
        double perEmu = scale / SheetGeometry.EMU_PER_PIXEL;
        return inner.inset(body.leftInsetEmu() * perEmu, body.topInsetEmu() * perEmu, body.rightInsetEmu() * perEmu,
                body.bottomInsetEmu() * perEmu);
    }
}
