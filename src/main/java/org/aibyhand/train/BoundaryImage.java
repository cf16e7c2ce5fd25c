package org.aibyhand.train;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A decision boundary as a picture, in TensorFlow Playground's colours: orange where the network answers 0, blue
 * where it answers 1, paler near 0.5, and the samples as dots of their target's colour. The app paints the same
 * colours from {@link #argb}, so the picture saved with a workbook looks like the panel.
 */
public final class BoundaryImage {
    private static final int ORANGE = 0xF59322;
    private static final int BLUE = 0x0877BD;

    private BoundaryImage() {
    }

    /** The colour (ARGB) of an output between 0 and 1: orange to white to blue. */
    public static int argb(double output) {
        double t = Math.max(0, Math.min(1, output));
        int base = t < 0.5 ? ORANGE : BLUE;
        double strength = Math.abs(t - 0.5) * 2 * 0.75; // never fully saturated, so the dots stand out
        int r = mix(base >> 16 & 0xFF, strength);
        int g = mix(base >> 8 & 0xFF, strength);
        int b = mix(base & 0xFF, strength);
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    /** The colour (ARGB) of a sample's dot. */
    public static int pointArgb(double target) {
        return 0xFF000000 | (target >= 0.5 ? BLUE : ORANGE);
    }

    /** The boundary as a square PNG of {@code pixels} a side. */
    public static byte[] png(DecisionBoundary boundary, int pixels) {
        BufferedImage image = new BufferedImage(pixels, pixels, BufferedImage.TYPE_INT_ARGB);
        int cells = boundary.outputs().length;
        for (int py = 0; py < pixels; py++) {
            for (int px = 0; px < pixels; px++) {
                image.setRGB(px, py, argb(boundary.outputs()[py * cells / pixels][px * cells / pixels]));
            }
        }
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        double radius = Math.max(3, pixels / 60.0);
        for (int s = 0; s < boundary.points().length; s++) {
            double x = (boundary.points()[s][0] - boundary.xMin()) / (boundary.xMax() - boundary.xMin()) * pixels;
            double y = (boundary.yMax() - boundary.points()[s][1]) / (boundary.yMax() - boundary.yMin()) * pixels;
            g.setColor(new Color(pointArgb(boundary.targets()[s]), true));
            g.fillOval((int) (x - radius), (int) (y - radius), (int) (2 * radius), (int) (2 * radius));
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(1.5f));
            g.drawOval((int) (x - radius), (int) (y - radius), (int) (2 * radius), (int) (2 * radius));
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return out.toByteArray();
    }

    private static int mix(int channel, double strength) {
        return (int) Math.round(255 + (channel - 255) * strength);
    }
}
