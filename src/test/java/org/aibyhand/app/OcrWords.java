package org.aibyhand.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Words recognised in pictures by tesseract, for comparing our rendering with LibreOffice's. A word is a
 * whitespace-separated token with surrounding punctuation stripped, lower-cased, at least two characters and at
 * least one letter or digit. Large pictures are cut into tiles first: tesseract slows down badly on huge pages.
 */
final class OcrWords {
    private static final int TILE = 1800;

    private OcrWords() {
    }

    /** The words of a picture. */
    static Set<String> of(Path png) throws Exception {
        BufferedImage image = ImageIO.read(png.toFile());
        if (image.getWidth() <= TILE && image.getHeight() <= TILE) {
            return words(tesseract(png));
        }
        Set<String> words = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += TILE) {
            for (int x = 0; x < image.getWidth(); x += TILE) {
                BufferedImage tile = image.getSubimage(x, y, Math.min(TILE, image.getWidth() - x), Math.min(TILE, image.getHeight() - y));
                Path part = Files.createTempFile(png.getParent(), "tile", ".png");
                ImageIO.write(tile, "png", part.toFile());
                words.addAll(words(tesseract(part)));
                Files.delete(part);
            }
        }
        return words;
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String token : text.split("\\s+")) {
            String word = token.replaceAll("^[\\p{Punct}“”‘’—–]+|[\\p{Punct}“”‘’—–]+$", "").toLowerCase(Locale.ROOT);
            if (word.length() >= 2 && word.chars().anyMatch(Character::isLetterOrDigit)) {
                words.add(word);
            }
        }
        return words;
    }

    private static String tesseract(Path png) throws Exception {
        return run(List.of("tesseract", png.toString(), "-"));
    }

    /** Runs a program with one OCR thread (the tests run two at a time) and returns what it printed. */
    static String run(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed");
        }
        return out;
    }
}
