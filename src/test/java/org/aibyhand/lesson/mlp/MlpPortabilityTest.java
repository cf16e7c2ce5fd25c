package org.aibyhand.lesson.mlp;

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
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.xlsx.CachedValues;
import org.aibyhand.xlsx.ExcelCachedValues;
import org.aibyhand.xlsx.LibreOffice;
import org.aibyhand.xlsx.XlsxWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.aibyhand.lesson.Lesson;

/**
 * The MLP lesson's formulas are portable: saved as .xlsx, stripped of the values our engine cached, and
 * opened in LibreOffice (which then recomputes every formula), every cell comes back with our engine's value.
 * Skipped, loudly, where LibreOffice is not installed.
 */
class MlpPortabilityTest {
    private static double largestError;
    private static int cellsCompared;

    @Test
    void libreOfficeRecomputesTheLessonToOurValues(@TempDir Path temp) throws Exception {
        Path soffice = LibreOffice.required();
        for (int[] c : List.of(MlpCases.CASES.get(0), MlpCases.CASES.get(1), MlpCases.CASES.get(6))) {
            Lesson lesson = MlpCases.build(c);
            new Calculator(lesson.workbook()).recalculateAll();
            String file = "mlp-" + c[0] + ".xlsx";
            Path ours = Files.createDirectories(temp.resolve("ours")).resolve(file);
            XlsxWriter.write(lesson.workbook(), null, ours);
            Path stripped = Files.createDirectories(temp.resolve("stripped")).resolve(file);
            CachedValues.strip(ours, stripped);
            assertTrue(ExcelCachedValues.read(stripped).values().stream().allMatch(v -> v instanceof EmptyValue),
                    "cached values left behind");
            Path converted = LibreOffice.convert(soffice, stripped, Files.createDirectories(temp.resolve("out")),
                    Duration.ofMinutes(3));
            compare(ExcelCachedValues.read(ours), ExcelCachedValues.read(converted), lesson, MlpCases.describe(c));
        }
    }

    @AfterAll
    static void report() {
        System.out.printf("MLP lesson recomputed by LibreOffice: %d formula cells compared, largest relative error %.3e%n",
                cellsCompared, largestError);
    }

    private static void compare(Map<String, Value> ours, Map<String, Value> libre, Lesson lesson, String what) {
        long formulas = 0;
        for (var cell : lesson.workbook().sheet(0)) {
            formulas += cell.hasFormula() ? 1 : 0;
        }
        assertEquals(formulas, ours.size(), what + ": every formula cell saved with its value");
        List<String> differences = new ArrayList<>();
        for (var expected : ours.entrySet()) {
            Value actual = libre.get(expected.getKey());
            if (!(expected.getValue() instanceof NumberValue e)) {
                differences.add(expected.getKey() + ": our engine saved " + expected.getValue());
                continue;
            }
            if (actual instanceof NumberValue a) {
                double scale = Math.max(Math.abs(e.value()), Math.abs(a.value()));
                largestError = Math.max(largestError, scale == 0 ? 0 : Math.abs(e.value() - a.value()) / scale);
            }
            cellsCompared++;
            if (!ExcelCachedValues.matches(expected.getValue(), actual)) {
                differences.add(expected.getKey() + ": ours " + expected.getValue() + ", LibreOffice " + actual);
            }
        }
        if (!differences.isEmpty()) {
            fail(what + ": " + differences.size() + " of " + ours.size() + " cells differ, e.g. "
                    + differences.subList(0, Math.min(10, differences.size())));
        }
    }
}
