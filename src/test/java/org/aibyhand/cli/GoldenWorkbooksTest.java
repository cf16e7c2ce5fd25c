package org.aibyhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.xlsx.CachedValues;
import org.aibyhand.xlsx.ExcelCachedValues;
import org.aibyhand.xlsx.SharedWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every workbook in the shared folder, with every saved formula result removed, goes through
 * {@code recalc}; each computed cell must equal the value Excel saved (relative tolerance 1e-9). Prints
 * matched/total per workbook.
 */
class GoldenWorkbooksTest {
    @TempDir
    Path temp;

    @Test
    void recalcReproducesExcelInEveryComputedCell() throws Exception {
        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder("\nworkbook                          matched / computed cells\n");
        int matchedAll = 0;
        int totalAll = 0;
        for (Path workbook : SharedWorkbooks.all()) {
            String name = workbook.getFileName().toString();
            Comparison result = recalcAndCompare(workbook);
            matchedAll += result.matched;
            totalAll += result.total;
            report.append(String.format("%-34s %6d / %d%n", name, result.matched, result.total));
            if (result.matched != result.total) {
                failures.add(name + ": " + result.mismatches);
            }
        }
        report.append(String.format("%-34s %6d / %d%n", "total", matchedAll, totalAll));
        System.out.println(report);
        assertTrue(failures.isEmpty(), () -> report + "\nmismatches:\n" + String.join("\n", failures));
    }

    private record Comparison(int matched, int total, List<String> mismatches) {
    }

    private Comparison recalcAndCompare(Path workbook) throws Exception {
        String name = workbook.getFileName().toString();
        Path stripped = temp.resolve("stripped-" + name);
        CachedValues.strip(workbook, stripped);
        assertTrue(ExcelCachedValues.read(stripped).values().stream().allMatch(v -> v instanceof EmptyValue),
                "the input still holds saved results: " + name);
        Path out = temp.resolve("recalc-" + name);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"recalc", stripped.toString(), out.toString()},
                new PrintStream(printed, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code, "recalc failed on " + name);
        assertTrue(Files.exists(out));
        Map<String, Value> excel = ExcelCachedValues.read(workbook);
        Map<String, Value> ours = ExcelCachedValues.read(out);
        int matched = 0;
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, Value> expected : excel.entrySet()) {
            Value actual = ours.get(expected.getKey());
            if (ExcelCachedValues.matches(expected.getValue(), actual)) {
                matched++;
            } else if (mismatches.size() < 10) {
                mismatches.add(expected.getKey() + " Excel " + expected.getValue() + " ours " + actual);
            }
        }
        return new Comparison(matched, excel.size(), mismatches);
    }
}
