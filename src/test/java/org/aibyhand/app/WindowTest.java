package org.aibyhand.app;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.util.WaitForAsyncUtils;

/** A headless main window on the built-in workbook, and the steps window tests share. */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTest {
    MainWindow window;

    /** A fresh window on the primary stage before each test (TestFX looks for @Start only in the test class). */
    @BeforeEach
    void showWindow() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            window = new MainWindow(stage, Document.create(WelcomeWorkbook.create(), "Neuron"));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens a file the way File > Open does (in the background) and waits until it is shown and computed. */
    void open(FxRobot robot, Path file) throws Exception {
        Document before = window.document();
        robot.interact(() -> window.files().openFile(file));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.document() != before);
        window.document().computed().get(120, TimeUnit.SECONDS);
        window.document().recognised().get(120, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        // the window opens on the file's active tab; the tests address the first sheet
        robot.interact(() -> window.selectSheet(window.document().workbook().sheet(0)));
    }

    /** The colour the grid paints at the middle of a cell of the selected sheet, as it shows on screen. */
    javafx.scene.paint.Color pixel(FxRobot robot, int row, int column) {
        javafx.scene.paint.Color[] color = new javafx.scene.paint.Color[1];
        robot.interact(() -> {
            var canvas = window.current().view();
            canvas.paintNow();
            var layout = canvas.sheetLayout();
            double x = layout.columnX(column) + 3;
            double y = layout.rowY(row) + layout.rowHeight(row) / 2;
            color[0] = canvas.snapshot(null, null).getPixelReader().getColor((int) x, (int) y);
        });
        return color[0];
    }

    /** Every pixel the grid paints inside a cell of the selected sheet (ARGB, row by row). */
    int[] cellPixels(FxRobot robot, int row, int column) {
        int[][] pixels = new int[1][];
        robot.interact(() -> {
            var canvas = window.current().view();
            canvas.paintNow();
            var layout = canvas.sheetLayout();
            var image = canvas.snapshot(null, null);
            int x0 = (int) layout.columnX(column) + 2;
            int y0 = (int) layout.rowY(row) + 2;
            int w = (int) layout.columnWidth(column) - 4;
            int h = (int) layout.rowHeight(row) - 4;
            pixels[0] = new int[w * h];
            image.getPixelReader().getPixels(x0, y0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), pixels[0], 0, w);
        });
        return pixels[0];
    }

    /** The index of the walkthrough's first stage whose title starts with a text. */
    int stage(String titleStart) {
        var plan = window.walkthrough().plan();
        for (int s = 0; s < plan.size(); s++) {
            if (plan.stage(s).title().startsWith(titleStart)) {
                return s;
            }
        }
        throw new AssertionError("no stage " + titleStart + " in " + plan);
    }

    /** The text a cell of the selected sheet shows. */
    String shown(int row, int column) {
        return window.current().shownText(row, column);
    }
}
