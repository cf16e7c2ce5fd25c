package org.aibyhand.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.book.WorkbookCopy;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.walkthrough.GradientCheck;
import org.aibyhand.engine.walkthrough.GradientCheckRow;
import org.aibyhand.engine.walkthrough.GradientCheckRow.Verdict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.aibyhand.lesson.mlp.MlpCases;
import org.aibyhand.lesson.rnn.RnnLesson;

/**
 * The gradient check on the lessons: their backpropagated gradients agree everywhere, a gradient formula broken
 * on purpose is caught exactly where it acts, and progress, cancelling and restoring behave. Which cells are
 * parameters and which hold their gradients is read from the lessons' names independently of the check.
 */
class LessonGradientCheckTest {
    /** RNN seeds and sizes (inputs, hidden, outputs, steps): the default, all ones, non-square and longer. */
    private static final long[] RNN_SEEDS = {1, 7, 2024};
    private static final int[][] RNN_SIZES = {{2, 3, 1, 4}, {1, 1, 1, 1}, {3, 2, 2, 5}, {1, 3, 2, 7}};
    private static double largestError;
    private static int agreeing;

    @AfterAll
    static void report() {
        System.out.printf("Lesson gradient checks: %d parameters agree, largest relative error %.2e%n", agreeing, largestError);
    }

    @Test
    void everyMlpGradientAgrees() {
        for (int[] c : MlpCases.CASES) {
            assertAllAgree(MlpCases.build(c), MlpCases.describe(c));
        }
    }

    @Test
    void everyRnnGradientAgrees() {
        for (long seed : RNN_SEEDS) {
            for (int[] s : RNN_SIZES) {
                LessonOptions options = new LessonOptions(seed).with("inputs", s[0]).with("hidden", s[1])
                        .with("outputs", s[2]).with("steps", s[3]);
                assertAllAgree(Lessons.build("rnn", options), "RNN seed " + seed + " sizes " + java.util.Arrays.toString(s));
            }
        }
        LessonOptions options = new LessonOptions(3).with("steps", 6);
        assertAllAgree(RnnLesson.build(options, true), "RNN drawn with time down the rows");
    }

    /** The check's presets come from each lesson of the list: every lesson with a loss agrees, at two seeds. */
    @Test
    void everyLessonOfTheListWithALossAgrees() {
        for (LessonKind kind : Lessons.ALL) {
            for (long seed : new long[] {1, 9}) {
                Lesson lesson = kind.build(kind.complete(new LessonOptions(seed)));
                if (lesson.loss() != null) {
                    assertAllAgree(lesson, kind.kind() + " seed " + seed);
                }
            }
        }
    }

    private static void assertAllAgree(Lesson lesson, String what) {
        List<GradientCheckRow> rows = check(lesson.workbook(), lesson);
        assertEquals(new ArrayList<>(parameterCells(lesson).keySet()), keys(rows), what + ": one row per parameter cell");
        for (GradientCheckRow row : rows) {
            assertEquals(Verdict.AGREES, row.verdict(), what + ": " + row);
            largestError = Math.max(largestError, row.relativeError());
        }
        agreeing += rows.size();
    }

    /**
     * Doubling dZ₁(0,0) changes dW₁'s first row and db₁(0); doubling dW₂(1,2) changes only itself. The
     * affected gradient cells are found by comparing the gradients before and after the break.
     */
    @Test
    void aBrokenGradientFormulaDisagreesExactlyWhereItActs() {
        Lesson lesson = MlpCases.build(MlpCases.CASES.get(0));
        Workbook book = lesson.workbook();
        Calculator calculator = new Calculator(book);
        calculator.recalculateAll();
        Map<String, String> gradientOf = parameterCells(lesson);
        Map<String, Value> before = values(book, gradientOf);
        breakByDoubling(calculator, "dZ_1", 0, 0);
        breakByDoubling(calculator, "dW_2", 1, 2);
        Map<String, Value> after = values(book, gradientOf);
        Set<String> affected = new LinkedHashSet<>();
        gradientOf.forEach((parameter, gradient) -> {
            if (!before.get(parameter).equals(after.get(parameter))) {
                affected.add(parameter);
            }
        });
        assertEquals(5, affected.size(), "dW_1 row 0 (3 cells), db_1(0) and dW_2(1,2): " + affected);

        List<GradientCheckRow> rows = check(WorkbookCopy.of(book), lesson);
        Set<String> disagreeing = new LinkedHashSet<>();
        for (GradientCheckRow row : rows) {
            if (row.verdict() != Verdict.AGREES) {
                assertEquals(Verdict.DISAGREES, row.verdict(), row.toString());
                disagreeing.add(key(row));
            }
        }
        assertEquals(affected, disagreeing);
    }

    /** Replaces the formula of a gradient tensor's element by twice itself. */
    private static void breakByDoubling(Calculator calculator, String tensor, int i, int j) {
        Area area = LessonTensors.area(calculator.workbook(), tensor);
        Sheet sheet = LessonTensors.sheet(calculator.workbook(), tensor);
        Cell cell = sheet.cell(area.top() + i, area.left() + j);
        String body = cell.formula().displayText(cell.row(), cell.column()).substring(1);
        calculator.setFormula(sheet, cell.row(), cell.column(), Formula.parse("=2*(" + body + ")", cell.row(), cell.column(), FormulaKind.PLAIN));
    }

    @Test
    void progressReachesTheTotalAndCancellingStopsWithEverythingRestored() {
        Lesson lesson = MlpCases.build(MlpCases.CASES.get(0));
        Workbook snapshot = WorkbookCopy.of(lesson.workbook());
        new Calculator(snapshot).recalculateAll();
        Map<String, Value> before = allValues(snapshot);
        int parameters = parameterCells(lesson).size();
        List<int[]> reported = new ArrayList<>();
        GradientCheck.Request request = GradientCheck.forLesson(snapshot, lesson.loss(), lesson.gradients());
        List<GradientCheckRow> rows = GradientCheck.run(snapshot, request, new GradientCheck.Progress() {
            @Override
            public void checked(int done, int total) {
                reported.add(new int[] {done, total});
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        assertEquals(parameters, rows.size());
        assertEquals(parameters, reported.size());
        for (int n = 0; n < reported.size(); n++) {
            assertEquals(List.of(n + 1, parameters), List.of(reported.get(n)[0], reported.get(n)[1]));
        }
        assertEquals(before, allValues(snapshot));

        int[] calls = {0};
        List<GradientCheckRow> partial = GradientCheck.run(snapshot, request, new GradientCheck.Progress() {
            @Override
            public void checked(int done, int total) {
                calls[0] = done;
            }

            @Override
            public boolean cancelled() {
                return calls[0] >= 5;
            }
        });
        assertEquals(5, partial.size());
        assertEquals(rows.subList(0, 5), partial);
        assertEquals(before, allValues(snapshot), "every value is back, bit for bit");
    }

    @Test
    void checkTimeOfTheDefaultLessons() {
        for (String kind : List.of("mlp", "rnn")) {
            Lesson lesson = Lessons.build(kind, new LessonOptions(1));
            check(WorkbookCopy.of(lesson.workbook()), lesson); // warm up
            long start = System.nanoTime();
            List<GradientCheckRow> rows = check(WorkbookCopy.of(lesson.workbook()), lesson);
            double millis = (System.nanoTime() - start) / 1e6;
            System.out.printf("Gradient check of the default %s lesson: %d parameters in %.1f ms (copy included)%n",
                    kind, rows.size(), millis);
            assertTrue(millis < 5_000, kind + " took " + millis + " ms");
        }
    }

    private static List<GradientCheckRow> check(Workbook workbook, Lesson lesson) {
        return GradientCheck.run(workbook, GradientCheck.forLesson(workbook, lesson.loss(), lesson.gradients()), null);
    }

    /**
     * Every parameter cell as "Sheet!A1", mapped to the cell claiming its gradient, in the order the check
     * gives them: tensors in reading order of their top-left cells, row by row within each.
     */
    private static Map<String, String> parameterCells(Lesson lesson) {
        Workbook book = lesson.workbook();
        List<String> parameters = new ArrayList<>(lesson.gradients().keySet());
        parameters.sort(java.util.Comparator.comparingInt((String p) -> LessonTensors.area(book, p).top())
                .thenComparingInt(p -> LessonTensors.area(book, p).left()));
        Map<String, String> cells = new LinkedHashMap<>();
        for (String parameter : parameters) {
            Area area = LessonTensors.area(book, parameter);
            String gradient = lesson.gradients().get(parameter);
            Area claimed = LessonTensors.area(book, gradient);
            assertEquals(List.of(area.rows(), area.columns()), List.of(claimed.rows(), claimed.columns()), gradient);
            String sheet = LessonTensors.sheet(book, parameter).name();
            String gradientSheet = LessonTensors.sheet(book, gradient).name();
            for (int i = 0; i < area.rows(); i++) {
                for (int j = 0; j < area.columns(); j++) {
                    cells.put(sheet + "!" + new Area(area.top() + i, area.left() + j, area.top() + i, area.left() + j).toA1(),
                            gradientSheet + "!" + new Area(claimed.top() + i, claimed.left() + j, claimed.top() + i, claimed.left() + j).toA1());
                }
            }
        }
        return cells;
    }

    /** The claimed gradient of each parameter cell, by parameter cell. */
    private static Map<String, Value> values(Workbook book, Map<String, String> gradientOf) {
        Map<String, Value> values = new LinkedHashMap<>();
        gradientOf.forEach((parameter, gradient) -> {
            String[] at = gradient.split("!");
            Area cell = Area.parse(at[1]);
            values.put(parameter, book.sheet(at[0]).value(cell.top(), cell.left()));
        });
        return values;
    }

    private static Map<String, Value> allValues(Workbook book) {
        Map<String, Value> values = new LinkedHashMap<>();
        for (Sheet sheet : book.sheets()) {
            for (Cell cell : sheet) {
                values.put(sheet.name() + "!" + cell.address(), cell.value());
            }
        }
        return values;
    }

    private static String key(GradientCheckRow row) {
        return row.sheet() + "!" + row.parameter().toA1();
    }

    private static List<String> keys(List<GradientCheckRow> rows) {
        return rows.stream().map(LessonGradientCheckTest::key).toList();
    }
}
