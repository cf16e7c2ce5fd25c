package org.aibyhand.engine.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.formula.FormulaPrinter;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Values;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;
import org.junit.jupiter.api.Test;

/**
 * The MLP lesson's backward pass as an exercise: the gradients become blanks and a self-check table grades
 * them. The right answers are the values an untouched copy of the lesson computes.
 */
class ExerciseMlpTest {
    private static final double TOLERANCE = 1e-4;

    private final Lesson original = build();
    private final Lesson exercise = build();
    private final Sheet originalSheet = original.workbook().sheet(0);
    private final Sheet sheet = exercise.workbook().sheet(0);

    ExerciseMlpTest() {
        new Calculator(original.workbook()).recalculateAll();
    }

    private static Lesson build() {
        return Lessons.build("mlp", new LessonOptions(11));
    }

    static List<Stage> backward(Lesson lesson) {
        List<Stage> plan = lesson.plan();
        int first = 0;
        while (!plan.get(first).title().startsWith("Backward")) {
            first++;
        }
        return plan.subList(first, plan.size());
    }

    /** The formula cells of the stages in the untouched lesson, with their values: the right answers. */
    private Map<String, Double> answers(List<Stage> stages) {
        Map<String, Double> answers = new LinkedHashMap<>();
        for (Stage stage : stages) {
            for (Area area : stage.cells()) {
                for (int r = area.top(); r <= area.bottom(); r++) {
                    for (int c = area.left(); c <= area.right(); c++) {
                        Cell cell = originalSheet.cell(r, c);
                        if (cell != null && cell.hasFormula()) {
                            answers.put(cell.address(), ((NumberValue) cell.value()).value());
                        }
                    }
                }
            }
        }
        return answers;
    }

    @Test
    void theBackwardPassBecomesBlanksThatTheTableGrades() {
        List<Stage> stages = backward(exercise);
        Map<String, Double> answers = answers(backward(original));
        ExerciseSummary summary = Exercise.apply(exercise.workbook(), stages, TOLERANCE);
        Calculator calculator = new Calculator(exercise.workbook());
        calculator.recalculateAll();

        // I=3, H=4, O=2, B=2: dZ₂ 4, dW₂ 8, db₂ 2, dA₁ 8, dZ₁ 8, dW₁ 12, db₁ 4
        assertEquals(46, answers.size());
        assertEquals(answers.size(), summary.blanked());
        assertEquals(1, summary.checkTables().size());
        List<CheckRow> rows = CheckRow.read(exercise.workbook(), summary.checkTables().get(0));
        assertEquals(answers.size(), rows.size());
        assertEquals(answers.keySet(), Set.copyOf(rows.stream().map(CheckRow::answer).toList()));
        for (CheckRow row : rows) {
            Cell blank = cellAt(row.answer());
            assertTrue(blank == null || !blank.hasFormula(), row.answer() + " is blank");
            assertEquals(Exercise.ANSWER_FILL, sheet.format().style(rowOf(row.answer()), columnOf(row.answer())).fill());
            assertEquals("NOT DONE", text(row), row.answer());
        }
        assertEquals("Backward: dZ₂", rows.get(0).stage(), "rows come stage by stage");
        assertEquals("dW₁, db₁", rows.get(rows.size() - 1).stage());
        assertEquals("0 of 46 correct", CheckRow.summaryText(exercise.workbook(), summary.checkTables().get(0)));
        assertNothingElseChanged(rows, CheckRow.areaOf(summary.checkTables().get(0)));

        answers.forEach((address, value) -> calculator.setValue(sheet, rowOf(address), columnOf(address), Values.number(value)));
        rows.forEach(row -> assertEquals("CORRECT", text(row), row.answer()));
        assertEquals("46 of 46 correct", CheckRow.summaryText(exercise.workbook(), summary.checkTables().get(0)));

        // dW₁'s first cell is read by no other blank: off by twice the tolerance, only its check says so
        CheckRow leaf = rows.stream().filter(r -> r.stage().equals("dW₁, db₁")).findFirst().orElseThrow();
        double right = answers.get(leaf.answer());
        double allowed = TOLERANCE * Math.max(1, Math.abs(right));
        calculator.setValue(sheet, rowOf(leaf.answer()), columnOf(leaf.answer()), Values.number(right + 2 * allowed));
        for (CheckRow row : rows) {
            assertEquals(row == leaf ? "INCORRECT" : "CORRECT", text(row), row.answer());
        }
        assertEquals("45 of 46 correct", CheckRow.summaryText(exercise.workbook(), summary.checkTables().get(0)));
        calculator.setValue(sheet, rowOf(leaf.answer()), columnOf(leaf.answer()), Values.number(right - 0.9 * allowed));
        assertEquals("CORRECT", text(leaf), "within the tolerance");
        calculator.setValue(sheet, rowOf(leaf.answer()), columnOf(leaf.answer()), Values.text("twelve"));
        assertEquals("INCORRECT", text(leaf), "text is not an answer");
    }

    @Test
    void aMistakeCarriedForwardCorrectlyCountsOnce() {
        List<Stage> stages = backward(exercise);
        Map<String, Double> answers = answers(backward(original));
        ExerciseSummary summary = Exercise.apply(exercise.workbook(), stages, TOLERANCE);
        Calculator calculator = new Calculator(exercise.workbook());
        calculator.recalculateAll();
        List<CheckRow> rows = CheckRow.read(exercise.workbook(), summary.checkTables().get(0));

        // the student gets dZ₂'s first cell wrong and works everything after it out from that wrong value,
        // which the untouched lesson computes when given the same wrong value
        CheckRow wrong = rows.get(0);
        double mistake = answers.get(wrong.answer()) + 0.5;
        Calculator reference = new Calculator(original.workbook());
        reference.recalculateAll();
        reference.setValue(originalSheet, rowOf(wrong.answer()), columnOf(wrong.answer()), Values.number(mistake));
        Map<String, Double> carried = new HashMap<>();
        answers.keySet().forEach(a -> carried.put(a, ((NumberValue) originalSheet.value(rowOf(a), columnOf(a))).value()));
        List<String> moved = new ArrayList<>();
        carried.forEach((a, v) -> {
            if (!a.equals(wrong.answer()) && Math.abs(v - answers.get(a)) > TOLERANCE) {
                moved.add(a);
            }
        });
        assertTrue(moved.size() >= 3, "the mistake changes later gradients: " + moved);

        carried.forEach((address, value) -> calculator.setValue(sheet, rowOf(address), columnOf(address), Values.number(value)));
        for (CheckRow row : rows) {
            assertEquals(row == wrong ? "INCORRECT" : "CORRECT", text(row), row.answer());
        }
    }

    @Test
    void stagesWithoutFormulasAreRefusedAndChangeNothing() {
        Stage inputs = exercise.plan().get(0);
        Workbook book = exercise.workbook();
        int cells = sheet.cellCount();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Exercise.apply(book, List.of(inputs), TOLERANCE));
        assertTrue(refused.getMessage().contains("no formula cell"), refused.getMessage());
        assertEquals(cells, sheet.cellCount());
        assertThrows(IllegalArgumentException.class, () -> Exercise.apply(book, backward(exercise), -1));
    }

    /** Every cell of the untouched lesson that is neither a blank nor in the table has the same content. */
    private void assertNothingElseChanged(List<CheckRow> rows, Area table) {
        Set<String> blanks = new TreeSet<>(rows.stream().map(CheckRow::answer).toList());
        Map<String, String> before = contents(originalSheet);
        Map<String, String> after = contents(sheet);
        for (String address : blanks) {
            assertTrue(before.remove(address) != null, address + " had content");
            assertNull(after.get(address), address + " is blank");
        }
        after.keySet().removeIf(a -> table.contains(rowOf(a), columnOf(a)));
        assertEquals(before, after);
        assertTrue(table.left() >= maxColumn(originalSheet) + 2, "an empty column before the table");
    }

    private static int maxColumn(Sheet sheet) {
        int max = 0;
        for (Cell cell : sheet) {
            max = Math.max(max, cell.column());
        }
        return max;
    }

    private static Map<String, String> contents(Sheet sheet) {
        Map<String, String> contents = new HashMap<>();
        for (Cell cell : sheet) {
            if (cell.hasFormula()) {
                contents.put(cell.address(), "=" + FormulaPrinter.print(cell.formula().expr(), cell.row(), cell.column(),
                        FormulaPrinter.Style.DISPLAY));
            } else if (!cell.isBlankContent()) {
                contents.put(cell.address(), cell.value().toString());
            }
        }
        return contents;
    }

    private String text(CheckRow row) {
        return ((TextValue) sheet.value(row.row(), row.column())).text();
    }

    private Cell cellAt(String address) {
        return sheet.cell(rowOf(address), columnOf(address));
    }

    private static int rowOf(String address) {
        return Area.parse(address).top();
    }

    private static int columnOf(String address) {
        return Area.parse(address).left();
    }
}
