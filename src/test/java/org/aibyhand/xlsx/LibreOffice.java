package org.aibyhand.xlsx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.aibyhand.Prerequisites;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * LibreOffice Calc as a second, independent spreadsheet program. It recomputes every formula on load only
 * when told to, so each conversion runs with a throw-away profile whose settings say "always recalculate
 * OOXML files" ({@code /org.openoffice.Office.Calc/Formula/Load OOXMLRecalcMode = 0}).
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

    private LibreOffice() {
    }

    /** The {@code soffice} program; skips the calling test (fails it under CI) where it is not installed. */
    public static Path required() {
        Optional<Path> soffice = find();
        Prerequisites.require(soffice.isPresent(), "LIBREOFFICE NOT INSTALLED: no 'soffice' on PATH or in "
                + "/usr/lib/libreoffice/program; install the Debian package libreoffice-calc-nogui");
        return soffice.orElseThrow();
    }

    /** The {@code soffice} program, from PATH or the usual install folders. */
    public static Optional<Path> find() {
        List<Path> candidates = new ArrayList<>();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
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
     * Opens {@code input} in LibreOffice, which recalculates it, and saves it as .xlsx into {@code outDir}
     * (which must not be the input's folder). Returns the converted file.
     */
    public static Path convert(Path soffice, Path input, Path outDir, Duration timeout) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("lo-profile").toAbsolutePath();
        try {
            Files.createDirectories(profile.resolve("user"));
            Files.writeString(profile.resolve("user/registrymodifications.xcu"), SETTINGS);
            Path log = profile.resolve("convert.log");
            Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                    "--headless", "--calc", "--convert-to", "xlsx", "--outdir", outDir.toAbsolutePath().toString(),
                    input.toAbsolutePath().toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IOException("LibreOffice did not finish converting " + input.getFileName() + " within " + timeout);
            }
            String name = input.getFileName().toString();
            Path converted = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + ".xlsx");
            if (process.exitValue() != 0 || !Files.isRegularFile(converted)) {
                throw new IOException("LibreOffice failed to convert " + input.getFileName() + " (exit "
                        + process.exitValue() + "): " + Files.readString(log));
            }
            return converted;
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
