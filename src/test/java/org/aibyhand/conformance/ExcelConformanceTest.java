package org.aibyhand.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Golden test against Excel: every conformance workbook is recomputed from its formulas alone and each formula
 * cell compared with the value Excel saved (relative 1e-9, text and errors exact). It prints the cells equal to
 * Excel's per category and in total, writes every difference to {@code target/excel-conformance.txt}, and fails
 * when a category falls below the figure reached so far ({@link #FLOOR}): a ratchet, raised as functions land.
 */
class ExcelConformanceTest {
    /** Cells equal to Excel's, per category, that must not be lost. */
    private static final Map<String, Integer> FLOOR = Map.ofEntries(
            Map.entry(ConformanceWorkbooks.TOP_LEVEL, 488),
            Map.entry("DATABASE", 521),
            Map.entry("DATE_AND_TIME", 408),
            Map.entry("ENGINEERING", 2069),
            Map.entry("FINANCIAL", 2420),
            Map.entry("INFORMATION", 246),
            Map.entry("LOGICAL", 440),
            Map.entry("LOOKUP_AND_REFERENCE", 835),
            Map.entry("MATH_AND_TRIGONOMETRY", 54221),
            Map.entry("STATISTICAL", 2300),
            Map.entry("TEXT", 1242));

    @Test
    void recomputedCellsEqualExcelsAtLeastAsOftenAsBefore() throws Exception {
        Map<String, int[]> byCategory = new TreeMap<>(); // matched, compared, complete workbooks, workbooks
        List<String> details = new ArrayList<>();
        int excluded = 0;
        for (Path file : ConformanceWorkbooks.all()) {
            long start = System.nanoTime();
            ConformanceResult result = ConformanceRun.run(file);
            details.add(String.format("TIME %6d ms %s", (System.nanoTime() - start) / 1_000_000, file.getFileName()));
            int[] tally = byCategory.computeIfAbsent(result.category, c -> new int[4]);
            tally[0] += result.matched;
            tally[1] += result.compared;
            tally[2] += result.complete() ? 1 : 0;
            tally[3]++;
            excluded += result.excluded.size();
            for (String line : result.mismatches) {
                details.add(result.category + "/" + result.workbook + " " + line);
            }
            for (String line : result.excluded) {
                details.add(result.category + "/" + result.workbook + " EXCLUDED " + line);
            }
        }
        String table = table(byCategory, excluded);
        System.out.println(table);
        Path report = Paths.get("target", "excel-conformance.txt");
        Files.createDirectories(report.getParent());
        Files.write(report, details);

        List<String> regressions = new ArrayList<>();
        for (Map.Entry<String, Integer> floor : FLOOR.entrySet()) {
            int reached = byCategory.getOrDefault(floor.getKey(), new int[4])[0];
            if (reached < floor.getValue()) {
                regressions.add(floor.getKey() + ": " + reached + " cells equal to Excel's, fewer than " + floor.getValue());
            }
        }
        assertTrue(regressions.isEmpty(), () -> table + "\nbelow the ratchet:\n" + String.join("\n", regressions)
                + "\n(see " + report.toAbsolutePath() + ")");
    }

    private static String table(Map<String, int[]> byCategory, int excluded) {
        StringBuilder out = new StringBuilder(String.format("%n%-24s %9s %9s %7s %11s%n",
                "category", "equal", "compared", "%", "workbooks"));
        int[] total = new int[4];
        for (Map.Entry<String, int[]> row : byCategory.entrySet()) {
            line(out, row.getKey(), row.getValue());
            for (int i = 0; i < 4; i++) {
                total[i] += row.getValue()[i];
            }
        }
        line(out, "total", total);
        out.append(String.format("excluded (value not reproducible: random numbers, the clock): %d cells%n", excluded));
        return out.toString();
    }

    private static void line(StringBuilder out, String name, int[] tally) {
        out.append(String.format("%-24s %9d %9d %6.1f%% %5d / %d%n", name, tally[0], tally[1],
                tally[1] == 0 ? 100.0 : 100.0 * tally[0] / tally[1], tally[2], tally[3]));
    }
}
