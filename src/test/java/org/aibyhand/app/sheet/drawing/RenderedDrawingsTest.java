package org.aibyhand.app.sheet.drawing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aibyhand.app.RenderJob;
import org.aibyhand.app.sheet.DrawingLayer;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.drawing.Anchor;
import org.aibyhand.engine.book.drawing.Drawing;
import org.aibyhand.engine.book.drawing.DrawingCounts;
import org.aibyhand.engine.book.format.SheetFormat;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.xlsx.SharedWorkbooks;
import org.aibyhand.xlsx.XlsxReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The drawing layer as the grid and the render command use it: its extent covers every anchor, and render names what it drew. */
class RenderedDrawingsTest {

    @BeforeAll
    static void toolkit() throws Exception {
        Snapshots.startToolkit();
    }

    @Test
    void theExtentHoldsEveryTwoCellAnchorsCells() throws Exception {
        Sheet sheet = XlsxReader.read(SharedWorkbooks.get("Backpropgation.xlsx")).workbook().sheet(0);
        Area extent = SheetDrawingLayer.of(sheet.format()).extent();
        for (Drawing drawing : sheet.format().drawings()) {
            if (drawing.anchor() instanceof Anchor.TwoCell two) {
                assertTrue(extent.top() <= two.from().row() && extent.left() <= two.from().column(), "from " + two.from());
                assertTrue(extent.bottom() >= two.to().row() - 1 && extent.right() >= two.to().column() - 1, "to " + two.to());
            }
        }
        assertNull(SheetDrawingLayer.of(new SheetFormat()).extent(), "no drawings, no extent");
    }

    @Test
    void renderDrawsAndNamesEveryDrawingOfTheSheet() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "drawings"));
        // LSTM's seq2seq sheet is painted in many tiles: its objects still count once each
        for (String job : List.of("Backpropgation.xlsx:0", "RNN.xlsx:0", "LeakyReLU.xlsx:0", "LSTM.xlsx:2")) {
            String name = job.substring(0, job.indexOf(':'));
            Path file = SharedWorkbooks.get(name);
            Sheet sheet = XlsxReader.read(file).workbook().sheet(Integer.parseInt(job.substring(job.indexOf(':') + 1)));
            Path out = folder.resolve("render-" + name.replace(".xlsx", "") + "-" + sheet.name() + ".png");
            String line = RenderJob.run(new RenderJob.Request(file, out, sheet.name(), null, 100, false));
            System.out.println(line);
            DrawingCounts expected = DrawingCounts.of(sheet.format().drawings());
            DrawingLayer.Drawn drawn = new DrawingLayer.Drawn(expected.pictures(), expected.shapes(), expected.textBoxes(),
                    expected.equations(), expected.charts());
            assertTrue(line.contains(drawn.shapes() + " shapes, " + drawn.textBoxes() + " text boxes, " + drawn.equations()
                    + " equations, " + drawn.charts() + " charts"), line);
            assertTrue(Files.size(out) > 0);
        }
        assertEquals(DrawingLayer.Drawn.NONE.total(), 0);
    }
}
