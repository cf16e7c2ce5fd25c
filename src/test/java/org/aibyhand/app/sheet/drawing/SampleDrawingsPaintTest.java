package org.aibyhand.app.sheet.drawing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.image.PixelReader;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.book.drawing.Anchor;
import org.aibyhand.engine.book.drawing.Drawing;
import org.aibyhand.engine.book.drawing.DrawingCounts;
import org.aibyhand.engine.book.drawing.DrawingObject;
import org.aibyhand.engine.book.drawing.Equation;
import org.aibyhand.engine.book.drawing.Group;
import org.aibyhand.engine.book.drawing.Shape;
import org.aibyhand.xlsx.SharedWorkbooks;
import org.aibyhand.xlsx.XlsxReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every drawing object of every sample workbook is drawn: each sheet's drawing layer painted on a white
 * canvas laid out from the sheet's column widths and row heights, with something other than white inside
 * every top-level anchor's box, and the painter's counts equal to what the sheet holds.
 */
class SampleDrawingsPaintTest {
    /** Largest canvas side; bigger sheets are painted zoomed out to fit. */
    private static final int LARGEST = 4000;

    @BeforeAll
    static void toolkit() throws Exception {
        Snapshots.startToolkit();
    }

    static Stream<Path> workbooks() {
        return SharedWorkbooks.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void everyObjectIsDrawnInsideItsAnchor(Path file) throws Exception {
        Workbook book = XlsxReader.read(file).workbook();
        for (Sheet sheet : book.sheets()) {
            List<Drawing> drawings = sheet.format().drawings();
            if (drawings.isEmpty()) {
                continue;
            }
            String name = file.getFileName().toString().replace(".xlsx", "") + "-" + sheet.name();
            GridGeometry full = geometry(sheet, drawings, 1);
            double[] extent = extent(drawings, full);
            double scale = Math.min(1, Math.min(LARGEST / extent[0], LARGEST / extent[1]));
            GridGeometry geometry = geometry(sheet, drawings, scale);
            int width = (int) Math.ceil(extent[0] * scale) + 20;
            int height = (int) Math.ceil(extent[1] * scale) + 20;
            Snapshots.Painted painted = Snapshots.paint(drawings, geometry, width, height);
            painted.save(name.replaceAll("[^A-Za-z0-9_-]", "_"));
            assertEquals(DrawingCounts.of(drawings), painted.counts(), name + ": objects drawn by kind");
            List<String> blank = new ArrayList<>();
            int invisible = 0;
            for (Drawing drawing : drawings) {
                if (!hasInk(drawing.object())) {
                    invisible++; // an empty text box with no fill or outline: Excel shows nothing either
                } else if (!inked(painted.pixels(), AnchorBoxes.box(drawing.anchor(), geometry), width, height)) {
                    blank.add(drawing.object().name());
                }
            }
            assertTrue(blank.isEmpty(), name + ": nothing drawn inside the anchors of " + blank);
            System.out.println("painted " + name + ": " + painted.counts().describe() + " at zoom "
                    + Math.round(scale * 100) + "%" + (invisible > 0 ? "; " + invisible + " with nothing to show" : ""));
        }
    }

    /** Whether the object has anything to show: a fill, an outline, text, a picture, a chart. */
    static boolean hasInk(DrawingObject object) {
        if (object instanceof Shape shape) {
            return shape.fill() != null || shape.outline() != null || shape.text() != null;
        }
        if (object instanceof Equation equation) {
            return hasInk(equation.fallback());
        }
        if (object instanceof Group group) {
            return group.children().stream().anyMatch(SampleDrawingsPaintTest::hasInk);
        }
        return true;
    }

    /** Whether any pixel inside the box (widened to at least three pixels across) is not white. */
    static boolean inked(PixelReader pixels, Box box, int width, int height) {
        int left = (int) Math.floor(Math.min(box.x(), box.centerX() - 1.5));
        int right = (int) Math.ceil(Math.max(box.right(), box.centerX() + 1.5));
        int top = (int) Math.floor(Math.min(box.y(), box.centerY() - 1.5));
        int bottom = (int) Math.ceil(Math.max(box.bottom(), box.centerY() + 1.5));
        for (int y = Math.max(0, top); y < Math.min(height, bottom); y++) {
            for (int x = Math.max(0, left); x < Math.min(width, right); x++) {
                if ((pixels.getArgb(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A geometry wide and tall enough for every anchor's cells. */
    static GridGeometry geometry(Sheet sheet, List<Drawing> drawings, double scale) {
        int columns = 1;
        int rows = 1;
        for (Drawing drawing : drawings) {
            if (drawing.anchor() instanceof Anchor.TwoCell two) {
                columns = Math.max(columns, two.to().column() + 2);
                rows = Math.max(rows, two.to().row() + 2);
            } else if (drawing.anchor() instanceof Anchor.OneCell one) {
                columns = Math.max(columns, one.from().column() + 2);
                rows = Math.max(rows, one.from().row() + 2);
            }
        }
        return new GridGeometry(sheet.format(), columns + 40, rows + 200, scale);
    }

    /** The right and bottom edges of the drawings at 100%. */
    static double[] extent(List<Drawing> drawings, GridGeometry geometry) {
        var bounds = DrawingPainter.bounds(drawings, geometry);
        return new double[] {bounds.getMaxX(), bounds.getMaxY()};
    }
}
