package org.aibyhand.lesson.rnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.xlsx.CachedValues;
import org.aibyhand.xlsx.ExcelCachedValues;
import org.aibyhand.xlsx.LibreOffice;
import org.aibyhand.xlsx.XlsxWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.aibyhand.lesson.LessonOptions;

/**
 * The RNN lesson's formulas are portable: saved as .xlsx, stripped of the values our engine computed, and
 * recomputed by LibreOffice, every computed cell comes back as our engine has it (relative 1e-9). Covers the
 * default lesson, a non-square one drawn transposed (as long sequences are) and a one-step sequence.
 */
class RnnLessonLibreOfficeTest {

    @Test
    void libreOfficeRecomputesTheLessonToOurValues(@TempDir Path temp) throws Exception {
        Path soffice = LibreOffice.required();
        double largest = 0;
        int cells = 0;
        RnnSheet[] lessons = {new RnnSheet(RnnLesson.build(new LessonOptions(7)), false),
            RnnSheet.of(11, 3, 2, 2, 5, true), RnnSheet.of(4, 1, 1, 1, 1, false)};
        for (int n = 0; n < lessons.length; n++) {
            Path saved = Files.createDirectories(temp.resolve("ours")).resolve("rnn" + n + ".xlsx");
            XlsxWriter.write(lessons[n].lesson.workbook(), null, saved);
            Path stripped = Files.createDirectories(temp.resolve("in")).resolve("rnn" + n + ".xlsx");
            CachedValues.strip(saved, stripped);
            Path converted = LibreOffice.convert(soffice, stripped, Files.createDirectories(temp.resolve("out")),
                    Duration.ofMinutes(3));

            Map<String, Value> ours = ExcelCachedValues.read(saved);
            Map<String, Value> libre = ExcelCachedValues.read(converted);
            assertFalse(ours.isEmpty());
            List<String> differences = new ArrayList<>();
            for (var expected : ours.entrySet()) {
                assertTrue(expected.getValue() instanceof NumberValue, expected.getKey() + " is a number");
                Value actual = libre.get(expected.getKey());
                if (!ExcelCachedValues.matches(expected.getValue(), actual)) {
                    differences.add(expected.getKey() + ": ours " + expected.getValue() + ", LibreOffice " + actual);
                } else if (actual instanceof NumberValue a) {
                    double e = ((NumberValue) expected.getValue()).value();
                    double scale = Math.max(Math.abs(e), Math.abs(a.value()));
                    largest = Math.max(largest, scale == 0 ? 0 : Math.abs(e - a.value()) / scale);
                }
            }
            assertEquals(List.of(), differences, "lesson " + n);
            cells += ours.size();
        }
        System.out.printf("RNN lessons recomputed by LibreOffice: %d computed cells, largest relative difference %.3e%n",
                cells, largest);
    }
}
