package org.aibyhand.app.sheet.drawing;

import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.aibyhand.app.sheet.SheetGeometry;
import org.aibyhand.engine.book.drawing.Outline;

/** Sets a canvas up to stroke an outline: colour, width at the zoom, and the dash preset's pattern. */
final class Strokes {
    /** Dash presets as dash and gap lengths in line widths, as Office draws them. */
    private static final Map<String, double[]> DASHES = Map.ofEntries(Map.entry("dot", new double[] {1, 3}),
            Map.entry("dash", new double[] {4, 3}), Map.entry("lgDash", new double[] {8, 3}),
            Map.entry("dashDot", new double[] {4, 3, 1, 3}), Map.entry("lgDashDot", new double[] {8, 3, 1, 3}),
            Map.entry("lgDashDotDot", new double[] {8, 3, 1, 3, 1, 3}), Map.entry("sysDash", new double[] {3, 1}),
            Map.entry("sysDot", new double[] {1, 1}), Map.entry("sysDashDot", new double[] {3, 1, 1, 1}),
            Map.entry("sysDashDotDot", new double[] {3, 1, 1, 1, 1, 1}));
    /** Thinner lines than this vanish on screen; Office shows hairlines at one pixel too. */
    private static final double THINNEST = 0.75;

    private Strokes() {
    }

    /** The outline's width in canvas pixels. */
    static double width(Outline outline, double scale) {
        return Math.max(THINNEST, outline.widthEmu() / SheetGeometry.EMU_PER_PIXEL * scale);
    }

    static void apply(GraphicsContext g, Outline outline, double scale) {
        double width = width(outline, scale);
        g.setStroke(Paints.of(outline.color()));
        g.setLineWidth(width);
        g.setLineJoin(StrokeLineJoin.ROUND);
        double[] pattern = DASHES.get(outline.dash());
        if (pattern == null) {
            g.setLineDashes((double[]) null);
            g.setLineCap(StrokeLineCap.BUTT);
            return;
        }
        double[] dashes = new double[pattern.length];
        for (int i = 0; i < pattern.length; i++) {
            dashes[i] = pattern[i] * width;
        }
        g.setLineDashes(dashes);
        g.setLineCap(StrokeLineCap.BUTT);
    }

    /** Back to solid lines, so the next object does not inherit a dash. */
    static void reset(GraphicsContext g) {
        g.setLineDashes((double[]) null);
    }
}
