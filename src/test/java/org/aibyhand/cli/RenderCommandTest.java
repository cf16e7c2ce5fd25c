package org.aibyhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.aibyhand.xlsx.SharedWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render} as a user runs it: in a process of its own with no display and none of the test JVM's JavaFX
 * settings, so the command sets up its headless platform itself.
 */
class RenderCommandTest {
    @TempDir
    Path temp;

    private record Run(int exit, String out, String err) {
    }

    private static Run render(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "render"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "render finished");
        return new Run(process.exitValue(), out, err);
    }

    @Test
    void rendersASheetAndSaysWhatItDrew() throws Exception {
        Path png = temp.resolve("softmax.png");
        Run run = render(SharedWorkbooks.get("Softmax.xlsx").toString(), png.toString(), "--sheet", "Softmax", "--zoom", "100");
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err(), "nothing on standard error");
        assertTrue(run.out().matches("render Softmax!A1:[A-Z]+\\d+ at 100%: \\d+ x \\d+ pixels, \\d+ cells, \\d+ texts \\(\\d+ run on\\),"
                + " \\d+ pictures, \\d+ shapes, \\d+ text boxes, \\d+ equations, \\d+ charts"), run.out());
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 300 && image.getHeight() > 100, image.getWidth() + "x" + image.getHeight());
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                dark += ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 200 ? 1 : 0;
            }
        }
        assertTrue(dark > 200, "text was drawn: " + dark + " dark pixels");
    }

    @Test
    void aRangeAndAZoomSizeThePicture() throws Exception {
        Path small = temp.resolve("small.png");
        Path large = temp.resolve("large.png");
        String file = SharedWorkbooks.get("Softmax.xlsx").toString();
        assertEquals(0, render(file, small.toString(), "--range", "A1:D10", "--zoom", "100").exit());
        assertEquals(0, render(file, large.toString(), "--range", "A1:D10", "--zoom", "200").exit());
        BufferedImage one = ImageIO.read(small.toFile());
        BufferedImage two = ImageIO.read(large.toFile());
        assertEquals(2 * one.getWidth(), two.getWidth(), 2);
        assertEquals(2 * one.getHeight(), two.getHeight(), 2);
    }

    @Test
    void badInputGetsOneLineAndExitTwo() throws Exception {
        String file = SharedWorkbooks.get("Softmax.xlsx").toString();
        Path out = temp.resolve("out.png");
        Run missing = render(temp.resolve("nothing.xlsx").toString(), out.toString());
        Run sheet = render(file, out.toString(), "--sheet", "No such sheet");
        Run zoom = render(file, out.toString(), "--zoom", "abc");
        Run huge = render(file, out.toString(), "--range", "A1:XFD1048576");
        Path notAWorkbook = Files.writeString(temp.resolve("notes.xlsx"), "plain text");
        Run damaged = render(notAWorkbook.toString(), out.toString());
        for (Run run : List.of(missing, sheet, zoom, huge, damaged)) {
            assertEquals(2, run.exit(), run.err());
            assertEquals(1, run.err().lines().count(), "one line: " + run.err());
            assertTrue(run.err().startsWith("render: "), run.err());
        }
        assertTrue(sheet.err().contains("No such sheet"), sheet.err());
        assertFalse(Files.exists(out), "no picture after a refusal");
    }
}
