package org.aibyhand.app.sheet.drawing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.image.PixelReader;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.drawing.Anchor;
import org.aibyhand.engine.book.drawing.Chart;
import org.aibyhand.engine.book.drawing.ChartSeries;
import org.aibyhand.engine.book.drawing.Drawing;
import org.aibyhand.engine.book.drawing.DrawingColor;
import org.aibyhand.engine.book.drawing.DrawingCounts;
import org.aibyhand.engine.book.drawing.Picture;
import org.aibyhand.engine.book.drawing.Transform;
import org.aibyhand.engine.book.format.Rgb;
import org.aibyhand.engine.book.format.SheetFormat;
import org.aibyhand.xlsx.SharedWorkbooks;
import org.aibyhand.xlsx.XlsxReader;
import org.aibyhand.xlsx.drawing.PictureDrawingsTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A picture's pixels land in its anchor at any zoom; metafiles get a placeholder; chart marks sit on their values. */
class PicturesAndChartsPaintTest {
    private static final Rgb RED = new Rgb(220, 30, 30);

    @TempDir
    Path temp;

    @BeforeAll
    static void toolkit() throws Exception {
        Snapshots.startToolkit();
    }

    @Test
    void aPicturesPixelsFillItsAnchorAndScaleWithZoom() throws Exception {
        Path file = PictureDrawingsTest.workbookWithPicture(temp, PictureDrawingsTest.redBluePng());
        Sheet sheet = XlsxReader.read(file).workbook().sheet("Pictures");
        for (double zoom : new double[] {1, 2}) {
            GridGeometry geometry = new GridGeometry(sheet.format(), 20, 40, zoom);
            Snapshots.Painted painted = Snapshots.paint(sheet.format().drawings(), geometry, (int) (900 * zoom), (int) (400 * zoom));
            painted.save("picture-zoom-" + (int) (zoom * 100));
            Box box = AnchorBoxes.box(sheet.format().drawings().get(0).anchor(), geometry);
            assertEquals(new DrawingCounts(1, 0, 0, 0, 0, 0), painted.counts());
            assertEquals(0xFF0000, rgb(painted.pixels(), box.x() + box.width() / 4, box.centerY()), "red left half");
            assertEquals(0x0000FF, rgb(painted.pixels(), box.x() + box.width() * 3 / 4, box.centerY()), "blue right half");
            assertEquals(0xFFFFFF, rgb(painted.pixels(), box.right() + 3, box.centerY()), "nothing beyond the anchor");
        }
    }

    @Test
    void aMetafileIsAFramedPlaceholder() throws Exception {
        Picture emf = new Picture("Picture 1", Transform.NONE, new byte[] {1, 0, 0, 0}, "image/x-emf", "/xl/media/image1.emf");
        Anchor anchor = new Anchor.TwoCell(new Anchor.CellPoint(1, 0, 1, 0), new Anchor.CellPoint(4, 0, 8, 0), null);
        GridGeometry geometry = new GridGeometry(new SheetFormat(), 10, 20, 1);
        Snapshots.Painted painted = Snapshots.paint(List.of(new Drawing(anchor, emf)), geometry, 400, 250);
        painted.save("metafile-placeholder");
        Box box = AnchorBoxes.box(anchor, geometry);
        assertEquals(1, painted.counts().pictures());
        assertEquals(0xF2F2F2, rgb(painted.pixels(), box.x() + 6, box.centerY()), "the placeholder's fill");
        assertTrue(SampleDrawingsPaintTest.inked(painted.pixels(), box, 400, 250));
    }

    @Test
    void leakyReluMarkersSitWhereTheCachedValuesSay() throws Exception {
        Sheet sheet = XlsxReader.read(SharedWorkbooks.get("LeakyReLU.xlsx")).workbook().sheet(0);
        GridGeometry geometry = SampleDrawingsPaintTest.geometry(sheet, sheet.format().drawings(), 1);
        Snapshots.Painted painted = Snapshots.paint(sheet.format().drawings(), geometry, 1200, 700);
        for (int n : new int[] {0, 2}) {
            Drawing drawing = sheet.format().drawings().get(n);
            Chart chart = (Chart) drawing.object();
            Box box = AnchorBoxes.box(drawing.anchor(), geometry);
            ChartLayout layout = ChartLayout.of(chart, box, 1);
            ChartSeries series = chart.series().get(0);
            for (int i = 0; i < series.values().size(); i++) {
                double x = layout.pointX(chart, series, i);
                double y = layout.valueY(series.values().get(i));
                assertNear(series.color().rgb(), painted.pixels(), x, y, chart.name() + " point " + i);
            }
            assertEquals(-9, layout.values().min(), 0, "the file's fixed minimum");
        }
    }

    @Test
    void lineAndColumnChartsGoWhereTheirValuesSay() throws Exception {
        List<Double> values = List.of(1.0, 3.0, 2.0, 4.0);
        ChartSeries series = new ChartSeries("loss", List.of("a", "b", "c", "d"), List.of(), values,
                DrawingColor.opaque(RED), true, null);
        Anchor anchor = new Anchor.OneCell(new Anchor.CellPoint(0, 0, 0, 0), 400 * 9525L, 300 * 9525L);
        GridGeometry geometry = new GridGeometry(new SheetFormat(), 10, 30, 1);
        Box box = AnchorBoxes.box(anchor, geometry);
        for (String kind : List.of(Chart.LINE, Chart.COLUMN)) {
            String legend = kind.equals(Chart.LINE) ? "r" : "b";
            Chart chart = new Chart("Chart 1", Transform.NONE, kind, "Training loss", List.of(series), null, null, null, null,
                    legend);
            Snapshots.Painted painted = Snapshots.paint(List.of(new Drawing(anchor, chart)), geometry, 420, 320);
            painted.save("chart-" + kind);
            ChartLayout layout = ChartLayout.of(chart, box, 1);
            for (int i = 0; i < values.size(); i++) {
                double x = layout.pointX(chart, series, i);
                double y = layout.valueY(values.get(i));
                if (kind.equals(Chart.LINE)) {
                    assertNear(RED, painted.pixels(), x, y, "line through point " + i);
                    if (i > 0) {
                        double midX = (x + layout.pointX(chart, series, i - 1)) / 2;
                        double midY = (y + layout.valueY(values.get(i - 1))) / 2;
                        assertNear(RED, painted.pixels(), midX, midY, "line between points " + (i - 1) + " and " + i);
                    }
                } else {
                    assertNear(RED, painted.pixels(), x, y + 3, "column " + i + " up to its value");
                    assertTrue(distance(RED, rgb(painted.pixels(), x, y - 4)) > 100, "column " + i + " no higher");
                }
            }
            assertEquals(1, painted.counts().charts());
        }
    }

    private static int rgb(PixelReader pixels, double x, double y) {
        return pixels.getArgb((int) Math.round(x), (int) Math.round(y)) & 0xFFFFFF;
    }

    /** Some pixel within 1.5 pixels of (x, y) has about the colour. */
    private static void assertNear(Rgb expected, PixelReader pixels, double x, double y, String what) {
        double best = Double.MAX_VALUE;
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                best = Math.min(best, distance(expected, rgb(pixels, x + dx, y + dy)));
            }
        }
        assertTrue(best < 60, what + ": colour " + expected.toHex() + " expected near (" + Math.round(x) + ", " + Math.round(y) + ")");
    }

    private static double distance(Rgb expected, int argb) {
        return Math.abs(expected.red() - ((argb >> 16) & 0xFF)) + Math.abs(expected.green() - ((argb >> 8) & 0xFF))
                + Math.abs(expected.blue() - (argb & 0xFF));
    }
}
