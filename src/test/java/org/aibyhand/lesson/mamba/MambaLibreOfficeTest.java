package org.aibyhand.lesson.mamba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.xlsx.CachedValues;
import org.aibyhand.xlsx.ExcelCachedValues;
import org.aibyhand.xlsx.LibreOffice;
import org.aibyhand.xlsx.XlsxWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonOptions;

/**
 * The Mamba lesson's formulas are portable: saved as .xlsx, stripped of the values our engine computed, and
 * recomputed by LibreOffice, every computed cell comes back with our engine's value (relative 1e-9).
 */
class MambaLibreOfficeTest {

    @Test
    void libreOfficeRecomputesTheEulerLesson(@TempDir Path temp) throws Exception {
        roundTrip(new LessonOptions(1), temp);
    }

    @Test
    void libreOfficeRecomputesTheZeroOrderHoldWithMoreChannelsThanStates(@TempDir Path temp) throws Exception {
        roundTrip(new LessonOptions(7).with("channels", 3).with("state", 2).with("steps", 4).withFlag("zoh"), temp);
    }

    @Test
    void libreOfficeRecomputesTheParallelScanInsideTheBlock(@TempDir Path temp) throws Exception {
        roundTrip(new LessonOptions(5).with("channels", 2).with("state", 3).with("steps", 6).withFlag("parallel")
                .withFlag("block"), temp);
    }

    private static void roundTrip(LessonOptions options, Path temp) throws Exception {
        Path soffice = LibreOffice.required();
        Lesson lesson = MambaLesson.build(options);
        new Calculator(lesson.workbook()).recalculateAll();
        Path ours = temp.resolve("ours.xlsx");
        XlsxWriter.write(lesson.workbook(), null, ours);
        Path stripped = Files.createDirectories(temp.resolve("in")).resolve("mamba.xlsx");
        CachedValues.strip(ours, stripped);
        Path converted = LibreOffice.convert(soffice, stripped, Files.createDirectories(temp.resolve("out")),
                Duration.ofMinutes(3));

        Map<String, Value> expected = ExcelCachedValues.read(ours);
        Map<String, Value> libre = ExcelCachedValues.read(converted);
        assertTrue(expected.size() > 50, "only " + expected.size() + " computed cells");
        assertEquals(expected.keySet(), libre.keySet());
        List<String> differences = new ArrayList<>();
        double largest = 0;
        for (var cell : expected.entrySet()) {
            Value actual = libre.get(cell.getKey());
            if (!ExcelCachedValues.matches(cell.getValue(), actual)) {
                differences.add(cell.getKey() + ": ours " + cell.getValue() + ", LibreOffice " + actual);
            } else if (cell.getValue() instanceof NumberValue e && actual instanceof NumberValue a && e.value() != a.value()) {
                largest = Math.max(largest, Math.abs(e.value() - a.value()) / Math.max(Math.abs(e.value()), Math.abs(a.value())));
            }
        }
        System.out.printf("Mamba %s: LibreOffice recomputed %d of %d cells to our values, largest relative "
                + "difference %.3g%n", options.sizes() + " " + options.flags(),
                expected.size() - differences.size(), expected.size(), largest);
        if (!differences.isEmpty()) {
            fail(differences.size() + " of " + expected.size() + " cells differ, e.g. "
                    + differences.subList(0, Math.min(10, differences.size())));
        }
    }
}
