package org.aibyhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;
import org.aibyhand.xlsx.XlsxReader;
import org.aibyhand.xlsx.XlsxWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving is atomic under kill -9: {@code recalc} killed at several moments while it reads, computes and writes a
 * large workbook over an existing OUT leaves OUT a whole workbook every time, the old one or the new one, never a
 * torn file.
 */
class KilledSaveTest {
    @TempDir
    Path temp;

    @Test
    void outIsAlwaysAWholeWorkbookWhereverRecalcIsKilled() throws Exception {
        Path in = temp.resolve("in.xlsx");
        Workbook lesson = Lessons.build("rnn", new LessonOptions(1).with("steps", 10_000)).workbook();
        XlsxWriter.write(lesson, null, in);
        int cells = lesson.sheet(0).cellCount();
        Path out = temp.resolve("out.xlsx");
        Path old = temp.resolve("old.xlsx");
        XlsxWriter.write(Lessons.build("mlp", new LessonOptions(1)).workbook(), null, old);
        long fullRun = timedRun(in, out);
        assertEquals(cells, XlsxReader.read(out).workbook().sheet(0).cellCount(), "an unkilled run writes it all");
        int kills = 0;
        for (double share : new double[] {0.5, 0.75, 0.9, 0.97}) {
            Files.copy(old, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Process recalc = start(in, out);
            Thread.sleep((long) (fullRun * share));
            kills += recalc.isAlive() ? 1 : 0;
            recalc.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            int read = XlsxReader.read(out).workbook().sheet(0).cellCount(); // throws on a torn file
            assertTrue(read == cells || read == XlsxReader.read(old).workbook().sheet(0).cellCount(),
                    "killed at " + share + " of a run: OUT holds " + read + " cells");
        }
        assertTrue(kills >= 2, "the process was killed while running at least twice (" + kills + ")");
    }

    private long timedRun(Path in, Path out) throws Exception {
        long start = System.nanoTime();
        Process process = start(in, out);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "recalc finished");
        assertEquals(0, process.exitValue());
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static Process start(Path in, Path out) throws Exception {
        return new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "recalc", in.toString(), out.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
