package org.aibyhand.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.aibyhand.Prerequisites;

/**
 * The "AI by Hand" workbooks in the shared folder (read-only test data, never copied into the project). The
 * folder is {@code ${aibyhand.shared}/ai-by-hand-excel}, the property being set by the pom; it falls back to
 * {@code ../shared}. When the folder is missing the calling test is skipped (failed under CI) with a message naming
 * the path.
 */
public final class SharedWorkbooks {
    private SharedWorkbooks() {
    }

    /** The folder, whether or not it exists. */
    public static Path folder() {
        return Paths.get(System.getProperty("aibyhand.shared", "../shared"), "ai-by-hand-excel").toAbsolutePath().normalize();
    }

    /** Every .xlsx in the folder, sorted by name; skips the test (loudly) when the folder is missing. */
    public static List<Path> all() {
        Path folder = requireFolder();
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(".xlsx")).sorted().toList();
            Prerequisites.require(!found.isEmpty(), "NO SHARED WORKBOOKS: the folder " + folder + " holds no .xlsx file");
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One workbook by file name; skips the test (loudly) when it is missing. */
    public static Path get(String fileName) {
        Path file = requireFolder().resolve(fileName);
        Prerequisites.require(Files.isRegularFile(file), "SHARED WORKBOOK MISSING: " + file + " does not exist");
        return file;
    }

    private static Path requireFolder() {
        Path folder = folder();
        Prerequisites.require(Files.isDirectory(folder), "SHARED WORKBOOKS NOT FOUND: the folder " + folder
                + " does not exist (set -Daibyhand.shared to the shared folder)");
        return folder;
    }
}
