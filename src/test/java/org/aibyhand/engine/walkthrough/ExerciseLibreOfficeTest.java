package org.aibyhand.engine.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.A1;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;
import org.aibyhand.xlsx.CachedValues;
import org.aibyhand.xlsx.ExcelCachedValues;
import org.aibyhand.xlsx.LibreOffice;
import org.aibyhand.xlsx.LoadedWorkbook;
import org.aibyhand.xlsx.SharedWorkbooks;
import org.aibyhand.xlsx.XlsxReader;
import org.aibyhand.xlsx.XlsxWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exported exercise, filled with the right answers, shows CORRECT in LibreOffice. Each workbook is exported
 * (apply, then save), opened as a student would, filled in except for one blank and with one answer off, saved,
 * stripped of every value our engine computed, and recalculated by LibreOffice; the check cells' values are
 * LibreOffice's own. The right answers come from an untouched copy (Excel's saved values for the given workbook).
 */
class ExerciseLibreOfficeTest {
    private static final double TOLERANCE = 1e-6;
    private static final List<String> REPORT = new ArrayList<>();

    @TempDir
    Path temp;

    @Test
    void theMlpLessonsBackwardPass() throws Exception {
        Lesson untouched = Lessons.build("mlp", new LessonOptions(5));
        Lesson lesson = Lessons.build("mlp", new LessonOptions(5));
        roundTrip("mlp", lesson.workbook(), null, ExerciseMlpTest.backward(lesson), lessonValues(untouched.workbook()),
                untouched.workbook());
    }

    @Test
    void theRnnLessonsSecondStepAndWeightGradients() throws Exception {
        Lesson untouched = Lessons.build("rnn", new LessonOptions(3));
        Lesson lesson = Lessons.build("rnn", new LessonOptions(3));
        List<Stage> stages = lesson.plan().stream().filter(s -> s.title().startsWith("t = 2") || s.title().equals("dZ")
                || s.title().startsWith("dW_ih")).toList();
        assertEquals(3, stages.size());
        roundTrip("rnn", lesson.workbook(), null, stages, lessonValues(untouched.workbook()), untouched.workbook());
    }

    @Test
    void theGivenBackpropagationWorkbookKeepsItsFormatting() throws Exception {
        Path given = SharedWorkbooks.get("Backpropgation.xlsx");
        LoadedWorkbook loaded = XlsxReader.read(given);
        Workbook untouched = XlsxReader.read(given).workbook();
        // plain formulas (M11:O12), single-cell MMULT arrays (P15:S18) and the 2x3 legacy array H20:J21
        Stage stage = new Stage("Backprop", "Back to layer 1",
                List.of(Area.parse("M11:O12"), Area.parse("P15:S18"), Area.parse("H20:J21")));
        roundTrip("backprop", loaded.workbook(), loaded, List.of(stage), ExcelCachedValues.read(given), untouched);

        Workbook exported = XlsxReader.read(temp.resolve("backprop-exercise.xlsx")).workbook();
        Sheet before = untouched.sheet(0);
        Sheet after = exported.sheet(0);
        int[] styled = {0};
        int[] answers = {0};
        before.format().forEachStyledCell((row, column, style) -> {
            styled[0]++;
            Cell cell = after.cell(row, column);
            boolean answer = stage.cells().stream().anyMatch(area -> area.contains(row, column))
                    && (cell == null || cell.isBlankContent());
            answers[0] += answer ? 1 : 0;
            // an answer cell keeps its font, borders and number format and is filled to say "fill me in"
            assertEquals(answer ? style.withFill(Exercise.ANSWER_FILL) : style, after.format().style(row, column),
                    "style of " + new Area(row, column, row, column));
        });
        assertTrue(styled[0] > 100, "the workbook is formatted: " + styled[0]);
        assertTrue(answers[0] > 10, "answer cells: " + answers[0]);
        assertEquals(before.format().merged(), after.format().merged());
        assertEquals(before.format().conditionalFormats().size(), after.format().conditionalFormats().size());
    }

    @AfterAll
    static void report() {
        System.out.println("Exercises recomputed by LibreOffice:\n  " + String.join("\n  ", REPORT));
    }

    /**
     * Exports, fills in and recalculates in LibreOffice; asserts that each check says what the answer deserves.
     *
     * @param right the right answers keyed {@code Sheet!A1}
     * @param untouched the workbook before the exercise was made, to find blanks no other blank depends on
     */
    private void roundTrip(String name, Workbook book, LoadedWorkbook source, List<Stage> stages, Map<String, Value> right,
            Workbook untouched) throws Exception {
        Path soffice = LibreOffice.required();
        ExerciseSummary summary = Exercise.apply(book, stages, TOLERANCE);
        List<CheckRow> rows = CheckRow.readAll(book, summary.checkTables());
        assertEquals(summary.blanked(), rows.size());
        Path exported = temp.resolve(name + "-exercise.xlsx");
        XlsxWriter.write(book, source, exported);

        // a student fills in every blank but one, and one answer is off by ten times the tolerance
        List<CheckRow> leaves = leaves(untouched, rows);
        CheckRow unfilled = leaves.get(leaves.size() - 1);
        CheckRow wrong = leaves.get(leaves.size() - 2);
        LoadedWorkbook student = XlsxReader.read(exported);
        Calculator calculator = new Calculator(student.workbook());
        calculator.recalculateAll();
        for (CheckRow row : rows) {
            if (row != unfilled) {
                double value = ((NumberValue) right.get(row.sheet() + "!" + row.answer())).value();
                double answer = row == wrong ? value + 10 * TOLERANCE * Math.max(1, Math.abs(value)) : value;
                Area at = Area.parse(row.answer());
                calculator.setValue(student.workbook().sheet(row.sheet()), at.top(), at.left(), Values.number(answer));
            }
        }
        Path filled = Files.createDirectories(temp.resolve("filled")).resolve(name + ".xlsx");
        XlsxWriter.write(student.workbook(), student, filled);
        Path stripped = Files.createDirectories(temp.resolve("stripped")).resolve(name + ".xlsx");
        CachedValues.strip(filled, stripped);
        long start = System.nanoTime();
        Path converted = LibreOffice.convert(soffice, stripped, Files.createDirectories(temp.resolve("out")), Duration.ofMinutes(3));
        long millis = (System.nanoTime() - start) / 1_000_000;

        Map<String, Value> libre = ExcelCachedValues.read(converted);
        Map<String, Integer> counts = new HashMap<>();
        for (CheckRow row : rows) {
            String expected = row == unfilled ? "NOT DONE" : row == wrong ? "INCORRECT" : "CORRECT";
            Value shown = libre.get(row.qualified());
            assertEquals(Values.text(expected), shown, name + ": the check of " + row.answer() + " in " + row.check());
            counts.merge(expected, 1, Integer::sum);
        }
        for (String table : summary.checkTables()) {
            Area area = CheckRow.areaOf(table);
            int n = area.rows() - 2;
            String sheetName = CheckRow.sheetOf(book, table).name();
            String key = sheetName + "!" + A1.columnName(area.right()) + (area.top() + 1);
            int correct = (int) rows.stream().filter(r -> r.sheet().equals(sheetName) && r != unfilled && r != wrong).count();
            assertEquals(Values.text(correct + " of " + n + " correct"), libre.get(key), name + ": summary " + key);
        }
        Workbook reread = XlsxReader.read(converted).workbook();
        for (CheckRow row : rows) {
            Sheet sheet = reread.sheet(row.sheet());
            Area answer = Area.parse(row.answer());
            assertTrue(sheet.cell(row.row(), row.column()).hasFormula(), "LibreOffice kept the check formula in " + row.check());
            assertEquals(Exercise.ANSWER_FILL, sheet.format().style(answer.top(), answer.left()).fill(), row.answer() + " filled");
        }
        REPORT.add(String.format("%-8s %3d check cells: %s; summary cells as expected; LibreOffice took %d ms", name,
                rows.size(), counts, millis));
    }

    /** Rows whose blank no other blank depends on (directly or through formulas left in place). */
    private static List<CheckRow> leaves(Workbook untouched, List<CheckRow> rows) {
        Calculator calculator = new Calculator(untouched);
        calculator.recalculateAll();
        Set<String> blanks = new HashSet<>();
        rows.forEach(r -> blanks.add(r.sheet() + "!" + r.answer()));
        List<CheckRow> leaves = new ArrayList<>();
        for (CheckRow row : rows) {
            Area at = Area.parse(row.answer());
            Deque<Cell> pending = new ArrayDeque<>(calculator.dependents(untouched.sheet(row.sheet()).cell(at.top(), at.left())));
            Set<Cell> seen = new HashSet<>();
            boolean leaf = true;
            while (leaf && !pending.isEmpty()) {
                Cell next = pending.pop();
                if (seen.add(next)) {
                    leaf = !blanks.contains(next.sheet().name() + "!" + next.address());
                    pending.addAll(calculator.dependents(next));
                }
            }
            if (leaf) {
                leaves.add(row);
            }
        }
        assertTrue(leaves.size() >= 2, "two blanks that nothing else reads");
        return leaves;
    }

    /** Every computed number of a lesson, as our engine has it: LibreOffice agrees to 1e-9 (MlpPortabilityTest). */
    private static Map<String, Value> lessonValues(Workbook book) {
        new Calculator(book).recalculateAll();
        Map<String, Value> values = new HashMap<>();
        for (Sheet sheet : book.sheets()) {
            for (Cell cell : sheet) {
                if (cell.hasFormula() && cell.value() instanceof NumberValue) {
                    values.put(sheet.name() + "!" + cell.address(), cell.value());
                }
            }
        }
        return values;
    }
}
