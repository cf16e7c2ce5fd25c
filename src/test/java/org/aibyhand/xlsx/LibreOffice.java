package org.aibyhand.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.aibyhand.Prerequisites;

/**
 * LibreOffice Calc as a second, independent spreadsheet program. It recomputes every formula on load only
 * when told to, so each conversion runs with a throw-away profile whose settings say "always recalculate
 * OOXML files" ({@code /org.openoffice.Office.Calc/Formula/Load OOXMLRecalcMode = 0}).
 */
public final class LibreOffice {
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
        return org.aibyhand.bench.LibreOffice.find();
    }

    /**
     * Opens {@code input} in LibreOffice, which recalculates it (the benchmark's recipe: a throw-away profile
     * that forces recalculation on load), and saves it as .xlsx into {@code outDir} (which must not be the
     * input's folder). Returns the converted file; a failure or a time-out is an IOException saying which.
     */
    public static Path convert(Path soffice, Path input, Path outDir, Duration timeout) throws IOException {
        var conversion = org.aibyhand.bench.LibreOffice.convert(soffice, input, outDir, timeout);
        if (conversion.failure() != null) {
            throw new IOException("LibreOffice could not convert " + input.getFileName() + ": " + conversion.failure());
        }
        return conversion.converted();
    }
}
