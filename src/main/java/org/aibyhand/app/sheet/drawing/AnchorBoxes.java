package org.aibyhand.app.sheet.drawing;

import org.aibyhand.app.sheet.SheetGeometry;
import org.aibyhand.engine.book.drawing.Anchor;
import org.aibyhand.engine.book.drawing.Transform;

/** Where an anchor puts its object on the canvas, through the grid's {@link SheetGeometry}. */
final class AnchorBoxes {
    private AnchorBoxes() {
    }

    /** The anchor's box in canvas pixels. */
    static Box box(Anchor anchor, SheetGeometry geometry) {
        if (anchor instanceof Anchor.TwoCell two) {
            double left = x(two.from(), geometry);
            double top = y(two.from(), geometry);
            return new Box(left, top, Math.max(0, x(two.to(), geometry) - left), Math.max(0, y(two.to(), geometry) - top));
        }
        if (anchor instanceof Anchor.OneCell one) {
            return new Box(x(one.from(), geometry), y(one.from(), geometry), pixels(one.widthEmu(), geometry),
                    pixels(one.heightEmu(), geometry));
        }
        Anchor.Absolute absolute = (Anchor.Absolute) anchor;
        return new Box(geometry.x(0, absolute.xEmu()), geometry.y(0, absolute.yEmu()), pixels(absolute.widthEmu(), geometry),
                pixels(absolute.heightEmu(), geometry));
    }

    /**
     * The object's own unrotated box, centred where the anchor's is. Excel anchors a shape turned by about a
     * quarter or three quarters of a turn by the box it covers on screen, whose sides are the shape's swapped.
     */
    static Box unrotated(Box anchorBox, Transform transform) {
        double turn = ((transform.rotationDegrees() % 360) + 360) % 360;
        boolean sideways = (turn >= 45 && turn < 135) || (turn >= 225 && turn < 315);
        if (!sideways) {
            return anchorBox;
        }
        return new Box(anchorBox.centerX() - anchorBox.height() / 2, anchorBox.centerY() - anchorBox.width() / 2,
                anchorBox.height(), anchorBox.width());
    }

    private static double x(Anchor.CellPoint point, SheetGeometry geometry) {
        return geometry.x(point.column(), point.columnOffsetEmu());
    }

    private static double y(Anchor.CellPoint point, SheetGeometry geometry) {
        return geometry.y(point.row(), point.rowOffsetEmu());
    }

    private static double pixels(long emu, SheetGeometry geometry) {
        return emu / SheetGeometry.EMU_PER_PIXEL * geometry.scale();
    }
}
