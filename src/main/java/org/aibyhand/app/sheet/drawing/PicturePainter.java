package org.aibyhand.app.sheet.drawing;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.aibyhand.engine.book.drawing.Picture;

/**
 * Draws pictures stretched to their box (PNG, JPEG, GIF, BMP: what JavaFX decodes), each decoded once. A
 * picture it cannot decode, such as a Windows metafile (EMF, WMF), is a framed placeholder naming the file.
 */
final class PicturePainter {
    private static final Color PLACEHOLDER_FILL = Color.rgb(242, 242, 242);
    private static final Color PLACEHOLDER_LINE = Color.rgb(166, 166, 166);

    /** Decoded images by picture; null where the bytes do not decode. Weak, so a closed workbook's images go. */
    private final Map<Picture, Image> images = new WeakHashMap<>();
    private final TextMeasure measure;

    PicturePainter(TextMeasure measure) {
        this.measure = measure;
    }

    void paint(GraphicsContext g, Picture picture, Box box, double scale) {
        Image image = images.computeIfAbsent(picture, PicturePainter::decode);
        if (image != null) {
            g.drawImage(image, box.x(), box.y(), box.width(), box.height());
        } else {
            placeholder(g, picture, box, scale);
        }
    }

    private static Image decode(Picture picture) {
        if (picture.isMetafile()) {
            return null;
        }
        Image image = new Image(new ByteArrayInputStream(picture.bytes()));
        return image.isError() || image.getWidth() <= 0 ? null : image;
    }

    private void placeholder(GraphicsContext g, Picture picture, Box box, double scale) {
        g.setFill(PLACEHOLDER_FILL);
        g.fillRect(box.x(), box.y(), box.width(), box.height());
        g.setStroke(PLACEHOLDER_LINE);
        g.setLineWidth(Math.max(1, scale));
        g.strokeRect(box.x(), box.y(), box.width(), box.height());
        String name = picture.partName().substring(picture.partName().lastIndexOf('/') + 1);
        g.setFill(Color.rgb(64, 64, 64));
        g.setFont(measure.font("Calibri", false, false, 11 * scale));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(name, box.centerX(), box.centerY(), Math.max(1, box.width() - 4));
        g.setTextAlign(TextAlignment.LEFT);
    }
}
