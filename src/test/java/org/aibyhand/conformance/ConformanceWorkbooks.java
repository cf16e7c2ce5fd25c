package org.aibyhand.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.aibyhand.Prerequisites;

/**
 * The Excel-computed conformance workbooks in the shared folder ({@code excel-conformance/ironcalc-calc-tests},
 * read-only test data, never copied into the project), grouped by Excel's function category: the sub-folder a
 * workbook sits in, or {@link #TOP_LEVEL} for the files directly in the folder.
 */
final class ConformanceWorkbooks {
    static final String TOP_LEVEL = "(top level)";

    private ConformanceWorkbooks() {
    }

    static Path folder() {
        return Paths.get(System.getProperty("aibyhand.shared", "../shared"), "excel-conformance", "ironcalc-calc-tests")
                .toAbsolutePath().normalize();
    }

    /** Every .xlsx under the folder, sorted by path; skips the test (loudly) when the folder is missing. */
    static List<Path> all() {
        Path folder = folder();
        Prerequisites.require(Files.isDirectory(folder), "CONFORMANCE WORKBOOKS NOT FOUND: " + folder);
        try (Stream<Path> files = Files.walk(folder, 2)) {
            String only = System.getProperty("conformance.only", ""); // a part of a file name, to run a few
            return files.filter(p -> p.getFileName().toString().endsWith(".xlsx"))
                    .filter(p -> p.getFileName().toString().contains(only)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String category(Path workbook) {
        Path parent = folder().relativize(workbook).getParent();
        return parent == null ? TOP_LEVEL : parent.toString();
    }
}
