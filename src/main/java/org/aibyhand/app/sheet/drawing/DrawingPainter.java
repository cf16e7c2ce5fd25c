package org.aibyhand.app.sheet.drawing;

import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.canvas.GraphicsContext;
import org.aibyhand.app.sheet.SheetGeometry;
import org.aibyhand.engine.book.drawing.Chart;
import org.aibyhand.engine.book.drawing.Drawing;
import org.aibyhand.engine.book.drawing.DrawingCounts;
import org.aibyhand.engine.book.drawing.DrawingObject;
import org.aibyhand.engine.book.drawing.Equation;
import org.aibyhand.engine.book.drawing.Group;
import org.aibyhand.engine.book.drawing.Picture;
import org.aibyhand.engine.book.drawing.Shape;
import org.aibyhand.engine.book.drawing.Transform;

/**
 * Paints a sheet's drawing layer over its cells: every object at the box its anchor gives through the grid's
 * {@link SheetGeometry} (so it moves with scrolling and scales with zoom), turned and mirrored as the file
 * says, groups with their children, back to front. Objects wholly off the canvas are skipped. One painter
 * keeps decoded pictures between paints, so reuse it for a sheet view.
 */
public final class DrawingPainter {
    private final TextMeasure measure = new TextMeasure();
    private final ShapePainter shapes = new ShapePainter(new ShapeTextPainter(measure));
    private final PicturePainter pictures = new PicturePainter(measure);
    private final ChartPainter charts = new ChartPainter(measure);

    /**
     * Paints those of {@code drawings} (a sheet's {@code format().drawings()}) that show on the canvas area
     * {@code width} x {@code height} of {@code g}, and returns how many objects of each kind it drew.
     */
    public DrawingCounts paint(GraphicsContext g, List<Drawing> drawings, SheetGeometry geometry, double width,
            double height) {
        // No canvas clip (it costs a blend of the whole canvas): objects off the area are skipped, and the
        // canvas's own edges cut the rest.
        DrawingCounts drawn = DrawingCounts.NONE;
        for (Drawing drawing : drawings) {
            if (showsOn(drawing, geometry, width, height)) {
                drawn = drawn.plus(draw(g, drawing.object(), box(drawing, geometry), geometry.scale(), false, false));
            }
        }
        return drawn;
    }

    /** How many objects of each kind {@link #paint} would draw on an area {@code width} x {@code height}. */
    public static DrawingCounts count(List<Drawing> drawings, SheetGeometry geometry, double width, double height) {
        DrawingCounts shown = DrawingCounts.NONE;
        for (Drawing drawing : drawings) {
            if (showsOn(drawing, geometry, width, height)) {
                shown = shown.plus(DrawingCounts.of(drawing.object()));
            }
        }
        return shown;
    }

    private static boolean showsOn(Drawing drawing, SheetGeometry geometry, double width, double height) {
        return box(drawing, geometry).mayShowOn(width, height);
    }

    /** A top-level object's own box: its anchor's, turned back where Excel anchors it sideways. */
    private static Box box(Drawing drawing, SheetGeometry geometry) {
        return AnchorBoxes.unrotated(AnchorBoxes.box(drawing.anchor(), geometry), drawing.object().transform());
    }

    /**
     * The canvas area the drawings cover (their anchors' boxes), or null when there are none: for finding the
     * rows and columns a view must show to include every drawing.
     */
    public static Bounds bounds(List<Drawing> drawings, SheetGeometry geometry) {
        double left = Double.POSITIVE_INFINITY;
        double top = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        for (Drawing drawing : drawings) {
            Box box = AnchorBoxes.box(drawing.anchor(), geometry);
            left = Math.min(left, box.x());
            top = Math.min(top, box.y());
            right = Math.max(right, box.right());
            bottom = Math.max(bottom, box.bottom());
        }
        return drawings.isEmpty() ? null : new BoundingBox(left, top, right - left, bottom - top);
    }

    /**
     * Draws one object in its unrotated box; the canvas is moved to the box's centre and turned for it. A flipped
     * group mirrors what it holds ({@code mirrorH}, {@code mirrorV}): its children's places, flips and turns, but
     * not the way their text reads.
     */
    private DrawingCounts draw(GraphicsContext g, DrawingObject object, Box box, double scale, boolean mirrorH,
            boolean mirrorV) {
        Transform transform = object.transform();
        boolean flipH = transform.flipHorizontal() ^ mirrorH;
        boolean flipV = transform.flipVertical() ^ mirrorV;
        double rotation = mirrorH ^ mirrorV ? -transform.rotationDegrees() : transform.rotationDegrees();
        g.save();
        g.translate(box.centerX(), box.centerY());
        if (rotation != 0) {
            g.rotate(rotation);
        }
        Box local = box.centred();
        DrawingCounts drawn = DrawingCounts.one(object);
        if (object instanceof Group group) {
            for (DrawingObject child : group.children()) {
                Box place = childBox(group, child.transform(), local, scale);
                Box mirrored = new Box(flipH ? -place.right() : place.x(), flipV ? -place.bottom() : place.y(),
                        place.width(), place.height());
                drawn = drawn.plus(draw(g, child, mirrored, scale, flipH, flipV));
            }
        } else {
            drawLeaf(g, object instanceof Equation equation ? equation.fallback() : object, local, scale, flipH, flipV);
        }
        g.restore();
        return drawn;
    }

    private void drawLeaf(GraphicsContext g, DrawingObject object, Box box, double scale, boolean flipH, boolean flipV) {
        if (object instanceof Shape shape) {
            shapes.paint(g, shape, box, scale, flipH, flipV);
        } else if (object instanceof Picture picture) {
            g.save();
            g.scale(flipH ? -1 : 1, flipV ? -1 : 1);
            pictures.paint(g, picture, box, scale);
            g.restore();
        } else if (object instanceof Chart chart) {
            charts.paint(g, chart, box, scale);
        }
    }

    /** A child's box: its place in the group's child coordinates stretched onto the group's box. */
    private static Box childBox(Group group, Transform child, Box groupBox, double scale) {
        double perUnitX = group.childWidth() > 0 ? groupBox.width() / group.childWidth() : scale / SheetGeometry.EMU_PER_PIXEL;
        double perUnitY = group.childHeight() > 0 ? groupBox.height() / group.childHeight()
                : scale / SheetGeometry.EMU_PER_PIXEL;
        return new Box(groupBox.x() + (child.x() - group.childX()) * perUnitX,
                groupBox.y() + (child.y() - group.childY()) * perUnitY, child.width() * perUnitX, child.height() * perUnitY);
    }
}
