package org.aibyhand.app.sheet;

import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.EmptyValue;

/**
 * A picture of a range of a sheet, painted by the same {@link GridPainter} as the window, without headers,
 * selection or frozen panes. Large ranges are painted in tiles, since a canvas has a size limit. Call it on
 * the JavaFX application thread.
 */
public final class SheetRenderer {
    private static final int TILE = 2048;
    /** The largest picture made, in pixels a side; larger ranges are refused rather than exhaust memory. */
    public static final int MAX_SIDE = 30_000;

    /** The picture and what was painted in it. */
    public record Picture(BufferedImage image, Area range, int cells, int texts, int overflows, DrawingLayer.Drawn drawn) {
    }

    private SheetRenderer() {
    }

    /** The range a picture of the sheet shows by default: every cell holding anything, every merge and drawing. */
    public static Area usedRange(Sheet sheet, DrawingLayer drawings) {
        int top = Integer.MAX_VALUE;
        int left = Integer.MAX_VALUE;
        int bottom = -1;
        int right = -1;
        SheetLayout layout = SheetLayout.unfrozen(sheet.format(), DigitWidth.of(sheet));
        for (Cell cell : sheet) {
            if (cell.hasFormula() || !(cell.value() instanceof EmptyValue) || sheet.format().hasStyle(cell.row(), cell.column())) {
                top = Math.min(top, cell.row());
                left = Math.min(left, cell.column());
                bottom = Math.max(bottom, cell.row());
                right = Math.max(right, runsTo(layout, sheet, cell));
            }
        }
        for (Area area : sheet.format().merged()) {
            top = Math.min(top, area.top());
            left = Math.min(left, area.left());
            bottom = Math.max(bottom, area.bottom());
            right = Math.max(right, area.right());
        }
        Area objects = drawings == null ? null : drawings.extent();
        if (objects != null) {
            top = Math.min(top, objects.top());
            left = Math.min(left, objects.left());
            bottom = Math.max(bottom, objects.bottom());
            right = Math.max(right, objects.right());
        }
        return bottom < 0 ? new Area(0, 0, 0, 0) : new Area(0, 0, bottom, right);
    }

    /** The last column a cell's text may run on to (its own column for anything but long unwrapped text). */
    private static int runsTo(SheetLayout layout, Sheet sheet, Cell cell) {
        if (!(cell.value() instanceof org.aibyhand.engine.value.TextValue text)) {
            return cell.column();
        }
        var style = sheet.format().style(cell.row(), cell.column());
        if (!CellText.overflows(text, style)) {
            return cell.column();
        }
        double end = layout.columns().start(cell.column()) + Fonts.width(text.text(), style.font(), 1) + 2 * CellText.PADDING;
        return Math.max(cell.column(), layout.columns().indexAt(end));
    }

    /** Paints {@code range} at {@code zoom} (1 = 100%) as the window shows it. */
    public static Picture render(CellSource source, DrawingLayer drawings, Area range, double zoom) {
        return render(source, drawings, range, zoom, false);
    }

    /** Paints {@code range} at {@code zoom}; {@code printed} leaves the gridlines out, as a printout does. */
    public static Picture render(CellSource source, DrawingLayer drawings, Area range, double zoom, boolean printed) {
        SheetLayout layout = SheetLayout.unfrozen(source.sheet().format(), DigitWidth.of(source.sheet()));
        layout.setZoom(zoom);
        double x0 = layout.columns().start(range.left());
        double y0 = layout.rows().start(range.top());
        int width = (int) Math.ceil((layout.columns().start(range.right() + 1) - x0) * zoom);
        int height = (int) Math.ceil((layout.rows().start(range.bottom() + 1) - y0) * zoom);
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("the picture would be " + width + " x " + height
                    + " pixels; the most is " + MAX_SIDE + " a side: choose a smaller --range or --zoom");
        }
        width = Math.max(1, width);
        height = Math.max(1, height);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        GridPainter painter = new GridPainter(source, layout, TextWidth.FX);
        painter.setDrawings(drawings);
        painter.setPrinted(printed);
        Canvas canvas = new Canvas();
        int cells = 0;
        int texts = 0;
        int overflows = 0;
        DrawingLayer.Drawn drawn = DrawingLayer.Drawn.NONE;
        for (int ty = 0; ty < height; ty += TILE) {
            for (int tx = 0; tx < width; tx += TILE) {
                int w = Math.min(TILE, width - tx);
                int h = Math.min(TILE, height - ty);
                canvas.setWidth(w);
                canvas.setHeight(h);
                layout.setViewport(w, h, 0, 0);
                layout.scrollTo(x0 + tx / zoom, y0 + ty / zoom);
                GridPainter.Counts counts = painter.paint(canvas.getGraphicsContext2D());
                cells += counts.cells();
                texts += counts.texts();
                overflows += counts.overflows();
                WritableImage tile = canvas.snapshot(new SnapshotParameters(), null);
                BufferedImage part = SwingFXUtils.fromFXImage(tile, null);
                image.getGraphics().drawImage(part, tx, ty, null);
            }
        }
        if (drawings != null) {
            // Objects spanning tiles are painted in each: count them once, over the whole picture.
            layout.setViewport(width, height, 0, 0);
            layout.scrollTo(x0, y0);
            drawn = drawings.count(layout, width, height);
        }
        return new Picture(image, range, cells, texts, overflows, drawn);
    }
}
