package org.aibyhand.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * LibreOffice Calc, headless, as the second program the engine is measured against. LibreOffice recomputes an
 * .xlsx on load only when told, so each run uses a throw-away profile whose settings say "always recalculate
 * OOXML files" ({@code /org.openoffice.Office.Calc/Formula/Load OOXMLRecalcMode = 0}); converting the file to .xlsx
 * then loads, recomputes every formula and saves the results.
 */
public final class LibreOffice {
    private static final String SETTINGS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">\
            <value>0</value></prop></item>
            </oor:items>
            """;

    /** A conversion: the recomputed file (null when there is none), the time it took, or why it failed. */
    public record Conversion(Path converted, long nanos, String failure) {
    }

    private LibreOffice() {
    }

    /** The {@code soffice} program, from PATH or the usual install folders. */
    public static Optional<Path> find() {
        List<Path> candidates = new ArrayList<>();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                candidates.add(Paths.get(dir, "soffice"));
            }
        }
        candidates.add(Paths.get("/usr/lib/libreoffice/program/soffice"));
        candidates.add(Paths.get("/opt/libreoffice/program/soffice"));
        candidates.add(Paths.get("/Applications/LibreOffice.app/Contents/MacOS/soffice"));
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    /**
     * Opens {@code input} in LibreOffice, which recomputes it, and saves it as .xlsx into {@code outDir} (not the
     * input's folder). The time covers LibreOffice's start, the load, the recalculation and the save.
     */
    public static Conversion convert(Path soffice, Path input, Path outDir, Duration timeout) throws IOException {
        Path profile = Files.createTempDirectory("bench-lo-profile").toAbsolutePath();
        try {
            Files.createDirectories(profile.resolve("user"));
            Files.writeString(profile.resolve("user/registrymodifications.xcu"), SETTINGS);
            Path log = profile.resolve("convert.log");
            long start = System.nanoTime();
            Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                    "--headless", "--calc", "--convert-to", "xlsx", "--outdir", outDir.toAbsolutePath().toString(),
                    input.toAbsolutePath().toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean finished = waitFor(process, timeout);
            long nanos = System.nanoTime() - start;
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                return new Conversion(null, nanos, "timed out after " + timeout.toSeconds() + " s");
            }
            String name = input.getFileName().toString();
            Path converted = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + ".xlsx");
            if (process.exitValue() != 0 || !Files.isRegularFile(converted)) {
                String said = Files.readString(log).strip().replaceAll("\\s+", " ");
                return new Conversion(null, nanos, "failed (exit " + process.exitValue() + "): " + said);
            }
            return new Conversion(converted, nanos, null);
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static boolean waitFor(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
