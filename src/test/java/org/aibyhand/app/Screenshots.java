package org.aibyhand.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/**
 * Saves what a node really shows as PNG: into {@code target/screenshots}, or into the folder named by the
 * system property {@code screenshots.dir} (the README's command points it at {@code screenshots/}).
 */
final class Screenshots {
    private Screenshots() {
    }

    static Path folder() {
        return Paths.get(System.getProperty("screenshots.dir", "target/screenshots"));
    }

    static Path save(FxRobot robot, Node node, String name) throws IOException {
        Path folder = Files.createDirectories(folder());
        Path file = folder.resolve(name + ".png");
        var image = robot.capture(node).getImage();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        return file;
    }
}
