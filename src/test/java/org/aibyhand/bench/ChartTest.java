package org.aibyhand.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.aibyhand.bench.Chart.Family;
import org.aibyhand.bench.Chart.Point;
import org.aibyhand.bench.Chart.Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartTest {
    @TempDir
    Path temp;

    @Test
    void writesAPngOfTheRequestedSizeWithEveryProgramDrawn() throws Exception {
        Path file = temp.resolve("charts/bench.png");
        Chart.write(List.of(new Point(Series.ENGINE, Family.GIVEN, 92, 0.07), new Point(Series.POI, Family.GIVEN, 92, 6.9),
                new Point(Series.ENGINE, Family.MAMBA, 213_504, 240), new Point(Series.PLAIN, Family.MAMBA, 213_504, 1.2),
                new Point(Series.ENGINE, Family.RNN, 1_100_000, 3_000)), 640, 400, file);
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(bytes, 4));
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(640, image.getWidth());
        assertEquals(400, image.getHeight());
        for (Series series : Series.values()) {
            assertNotEquals(0, pixels(image, series.color.getRGB()), series.label + " appears");
        }
    }

    private static int pixels(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                count += (image.getRGB(x, y) & 0xffffff) == (rgb & 0xffffff) ? 1 : 0;
            }
        }
        return count;
    }
}
