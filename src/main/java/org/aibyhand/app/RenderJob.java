package org.aibyhand.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.aibyhand.app.sheet.CellSource;
import org.aibyhand.app.sheet.DrawingLayer;
import org.aibyhand.app.sheet.SheetRenderer;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.xlsx.WorkbookFormatException;

/**
 * Renders a sheet of a workbook file to a PNG with the window's own painter: the {@code render} command.
 * It opens the file as the app does (recomputing every formula), so the picture shows what the window would.
 */
public final class RenderJob {
    private RenderJob() {
    }

    /**
     * What to render: a sheet by name (null: the active one), a range (null: the used range), a zoom (null: the
     * sheet's), and whether to leave out the gridlines as a printout does.
     */
    public record Request(Path in, Path out, String sheet, String range, Integer zoomPercent, boolean printed) {
    }

    /**
     * Renders and writes the picture; returns the one-line report.
     *
     * @throws IllegalArgumentException for a sheet or range that is not there, or a picture too large
     */
    public static String run(Request request) throws IOException, WorkbookFormatException, Exception {
        Document document = Document.open(request.in());
        Sheet sheet = request.sheet() == null ? document.workbook().activeSheet()
                : document.workbook().sheet(request.sheet());
        if (sheet == null) {
            throw new IllegalArgumentException("no sheet named '" + request.sheet() + "'");
        }
        CellSource source = new DocumentCells(document, sheet);
        DrawingLayer drawings = Drawings.layer(sheet);
        double zoom = (request.zoomPercent() == null ? Math.max(10, sheet.format().zoomPercent()) : request.zoomPercent()) / 100.0;
        Area asked = request.range() == null ? null : Area.parse(request.range());
        SheetRenderer.Picture picture = HeadlessFx.call(() -> SheetRenderer.render(source, drawings,
                asked == null ? SheetRenderer.usedRange(sheet, drawings) : asked, zoom, request.printed()));
        Area range = picture.range();
        if (!ImageIO.write(picture.image(), "png", request.out().toFile())) {
            throw new IOException("no PNG writer");
        }
        DrawingLayer.Drawn drawn = picture.drawn();
        return String.format(Locale.ROOT,
                "render %s!%s at %d%%: %d x %d pixels, %d cells, %d texts (%d run on), %d pictures, %d shapes, %d text boxes, %d equations, %d charts",
                sheet.name(), range.toA1(), Math.round(zoom * 100), picture.image().getWidth(), picture.image().getHeight(),
                picture.cells(), picture.texts(), picture.overflows(), drawn.pictures(), drawn.shapes(), drawn.textBoxes(),
                drawn.equations(), drawn.charts());
    }
}
