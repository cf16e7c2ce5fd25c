package org.aibyhand.app.sheet.drawing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.aibyhand.app.sheet.SheetGeometry;
import org.aibyhand.engine.book.drawing.Drawing;
import org.aibyhand.engine.book.drawing.DrawingCounts;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Paints drawings on a white canvas on the (headless) FX thread and hands back the pixels. */
final class Snapshots {
    /** What one paint gave: the counts the painter returned and the canvas's pixels. */
    record Painted(DrawingCounts counts, WritableImage image) {
        PixelReader pixels() {
            return image.getPixelReader();
        }

        /** Writes the picture to target/drawings/NAME.png, for people to look at. */
        void save(String name) throws Exception {
            Path folder = Path.of("target", "drawings");
            Files.createDirectories(folder);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", folder.resolve(name + ".png").toFile());
        }
    }

    private Snapshots() {
    }

    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static Painted paint(List<Drawing> drawings, SheetGeometry geometry, int width, int height) throws Exception {
        return onFx(() -> {
            Canvas canvas = new Canvas(width, height);
            var g = canvas.getGraphicsContext2D();
            g.setFill(Color.WHITE);
            g.fillRect(0, 0, width, height);
            DrawingCounts counts = new DrawingPainter().paint(g, drawings, geometry, width, height);
            return new Painted(counts, canvas.snapshot(null, null));
        });
    }

    static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
