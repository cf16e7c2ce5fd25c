package org.aibyhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;
import org.aibyhand.xlsx.XlsxWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench} end to end on small inputs (a lesson saved as the "given" workbook, lessons of a few steps): every
 * section is reported, each target gets one line in the agreed form and the count of targets met agrees with them.
 * No timing is asserted.
 */
class BenchCommandTest {
    private static final List<String> SECTIONS = List.of("== Full recalculation of the given workbooks (warm) ==",
            "== Edit latency: one numeric constant changed, incremental recalculation ==",
            "== Training: optimizer steps per second (read gradients, update, recalculate) ==",
            "== Scale: lesson workbooks recalculated in full (warm) ==",
            "== Scale: POI and LibreOffice on the exported workbooks ==", "== Load and save ==",
            "== Start-up: launch to the window shown ==",
            "== The window at scale: file to first painted grid, jumps, scrolling ==", "== Chart ==", "== Targets ==");
    private static final List<String> TARGETS = List.of("full-recalc-vs-poi", "edit-p99", "mamba-ns-per-cell",
            "mamba-vs-plain-java", "mamba-heap-per-cell", "rnn-deep-chain", "mamba-load", "mamba-save", "recalc-peak-heap",
            "edit-p99-vs-full-recalc", "start-up", "train-steps-per-second", "window-open", "window-frame-p99", "window-heap-per-cell");
    private static final Pattern TARGET_LINE = Pattern.compile("target ([a-z0-9-]+): (.+) ([<>]= .+) (met|MISSED|not run)");

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private String run(String... args) {
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void quickRunReportsEverySectionAndEveryTarget() throws Exception {
        Path workbooks = Files.createDirectories(temp.resolve("given"));
        Lesson mlp = Lessons.build("mlp", new LessonOptions(1));
        new Calculator(mlp.workbook()).recalculateAll();
        XlsxWriter.write(mlp.workbook(), null, workbooks.resolve("mlp.xlsx"));
        Path chart = temp.resolve("chart.png");

        String report = run("bench", "--quick", "--workbooks", workbooks.toString(), "--mamba-steps", "2",
                "--rnn-steps", "3", "--chart", chart.toString(), "--chart-size", "400x300");

        for (String section : SECTIONS) {
            assertTrue(report.contains(section + "\n"), "section " + section + " in\n" + report);
        }
        assertTrue(report.contains("mlp.xlsx"), report);
        assertTrue(report.contains("Mamba T=2") && report.contains("RNN T=3"), report);
        assertTargets(report);
        BufferedImage image = ImageIO.read(chart.toFile());
        assertEquals(400, image.getWidth());
        assertEquals(300, image.getHeight());
    }

    @Test
    void withoutTheGivenWorkbooksTheirSectionsAreSkippedAndSaySo() {
        Path missing = temp.resolve("no-such-folder");
        String report = run("bench", "--quick", "--workbooks", missing.toString(), "--mamba-steps", "2", "--rnn-steps", "3",
                "--chart", temp.resolve("c.png").toString());

        assertTrue(report.contains("Given workbooks not found: " + missing.toAbsolutePath()), report);
        assertTrue(!report.contains(SECTIONS.get(0)) && !report.contains(SECTIONS.get(1)), report);
        assertTrue(report.contains(SECTIONS.get(2)), "the scale section still runs:\n" + report);
        assertTrue(report.contains("target full-recalc-vs-poi: not measured (no workbooks in "), report);
        assertTargets(report);
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        int code = Main.run(new String[] {"bench", "--fast"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option '--fast'"));
    }

    /** One line per target, in order and in the agreed form, then a count that agrees with them. */
    private static void assertTargets(String report) {
        List<String> lines = report.lines().toList();
        int first = lines.indexOf("== Targets ==") + 1;
        int met = 0;
        int notRun = 0;
        for (int i = 0; i < TARGETS.size(); i++) {
            Matcher line = TARGET_LINE.matcher(lines.get(first + i));
            assertTrue(line.matches(), lines.get(first + i));
            assertEquals(TARGETS.get(i), line.group(1));
            met += line.group(4).equals("met") ? 1 : 0;
            notRun += line.group(4).equals("not run") ? 1 : 0;
        }
        // the RNN of 3 steps leaves out the 100,000-step chain: that target is not run, and not counted
        assertTrue(lines.get(first + TARGETS.indexOf("rnn-deep-chain")).endsWith("not run"), report);
        assertEquals("targets met: " + met + "/" + (TARGETS.size() - notRun) + " (" + notRun + " not run in this mode)",
                lines.get(first + TARGETS.size()));
        assertEquals(first + TARGETS.size() + 1, lines.size(), "the count is the last line");
    }
}
