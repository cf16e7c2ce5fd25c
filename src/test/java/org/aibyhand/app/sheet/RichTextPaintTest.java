package org.aibyhand.app.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.book.format.CellStyle;
import org.aibyhand.engine.book.format.Rgb;
import org.aibyhand.engine.book.format.RichText;
import org.aibyhand.engine.value.TextValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Rich text in a cell: each run in its own colour and size, a subscript drawn lower than the text it follows. */
class RichTextPaintTest {
    private static final RichText.RunFont SUBSCRIPT = new RichText.RunFont(null, null, null, null, null, null, -1);
    private static final RichText.RunFont RED = new RichText.RunFont(null, null, true, null, null, new Rgb(255, 0, 0), 0);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static Sheet sheetWith(String text, RichText rich) {
        Sheet sheet = new Workbook().addSheet("S");
        sheet.cellForWrite(0, 0).setValue(new TextValue(text));
        sheet.format().setStyle(0, 0, CellStyle.DEFAULT.withFont(new org.aibyhand.engine.book.format.Font("Calibri", 28, false, false, false, Rgb.BLACK)));
        sheet.format().setRichText(0, 0, rich);
        sheet.format().setRowHeight(0, 60);
        return sheet;
    }

    private static List<TextItem> layout(Sheet sheet) {
        SheetLayout layout = SheetLayout.unfrozen(sheet.format());
        layout.setViewport(400, 200, 0, 0);
        return new RowText(RowTextTest.plainCells(sheet), layout, TextWidth.FX, Merges.within(sheet.format().merged(), 0, 0))
                .layout(0, 0, 3, 0, 16383, new HashSet<>());
    }

    private static PixelReader paint(Sheet sheet) throws Exception {
        List<TextItem> items = layout(sheet);
        return WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = new Canvas(400, 100);
            canvas.getGraphicsContext2D().setFill(Color.WHITE);
            canvas.getGraphicsContext2D().fillRect(0, 0, 400, 100);
            TextPainter painter = new TextPainter(TextWidth.FX, 1);
            items.forEach(item -> painter.draw(canvas.getGraphicsContext2D(), item));
            return canvas.snapshot(null, null).getPixelReader();
        }).get();
    }

    /** The lowest row holding an inked pixel in columns {@code from..to}. */
    private static int lowestInk(PixelReader pixels, int from, int to) {
        int lowest = -1;
        for (int y = 0; y < 100; y++) {
            for (int x = from; x < to; x++) {
                if (pixels.getColor(x, y).getBrightness() < 0.5) {
                    lowest = y;
                }
            }
        }
        return lowest;
    }

    @Test
    void aSubscriptIsDrawnBelowTheBaselineOfTheTextItFollows() throws Exception {
        RichText rich = new RichText(List.of(new RichText.Run("Y", null), new RichText.Run("1", SUBSCRIPT)));
        Sheet richSheet = sheetWith("Y1", rich);
        TextItem item = layout(richSheet).get(0);
        assertNotNull(item.rich(), "the cell's runs are laid out");
        PixelReader richPixels = paint(richSheet);
        PixelReader plainPixels = paint(sheetWith("Y1", null));
        assertTrue(lowestInk(richPixels, 0, 400) > lowestInk(plainPixels, 0, 400),
                "the subscript 1 reaches lower than a plain 1: " + lowestInk(richPixels, 0, 400) + " vs "
                        + lowestInk(plainPixels, 0, 400));
    }

    @Test
    void eachRunHasItsOwnColour() throws Exception {
        RichText rich = new RichText(List.of(new RichText.Run("black ", null), new RichText.Run("red", RED)));
        PixelReader pixels = paint(sheetWith("black red", rich));
        int red = 0;
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 400; x++) {
                Color c = pixels.getColor(x, y);
                if (c.getRed() > 0.8 && c.getGreen() < 0.3 && c.getBlue() < 0.3) {
                    red++;
                }
            }
        }
        assertTrue(red > 20, "the second run is red: " + red + " red pixels");
    }

    @Test
    void runsAreForgottenOnceTheCellShowsAnotherText() {
        RichText rich = new RichText(List.of(new RichText.Run("Y", null), new RichText.Run("1", SUBSCRIPT)));
        Sheet sheet = sheetWith("Y1", rich);
        sheet.cellForWrite(0, 0).setValue(new TextValue("Y2"));
        assertNull(layout(sheet).get(0).rich(), "typed over: the old runs no longer describe the text");
        assertEquals("Y1", rich.text());
    }
}
