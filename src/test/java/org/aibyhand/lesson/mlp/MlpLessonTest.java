package org.aibyhand.lesson.mlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.graph.ChangeSet;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.NumberValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.LessonTensors;

/**
 * The MLP lesson computes what its equations say: every named tensor equals an independent plain-Java
 * reference, for several seeds and shapes, before and after edits made through the calculator.
 */
class MlpLessonTest {
    private static final double TOLERANCE = 1e-12;
    private static double largestError;
    private static int tensorsCompared;

    @Test
    void everyTensorEqualsTheReference() {
        for (int[] c : MlpCases.CASES) {
            Lesson lesson = MlpCases.build(c);
            new Calculator(lesson.workbook()).recalculateAll();
            assertShapes(lesson.workbook(), c[1], c[2], c[3], c[4]);
            assertMatchesReference(lesson.workbook(), MlpCases.describe(c));
        }
    }

    @Test
    void editingAnInputOrParameterUpdatesEveryValueAndGradient() {
        for (int[] c : List.of(MlpCases.CASES.get(0), MlpCases.CASES.get(2), MlpCases.CASES.get(5))) {
            Lesson lesson = MlpCases.build(c);
            Workbook book = lesson.workbook();
            Calculator calculator = new Calculator(book);
            calculator.recalculateAll();
            // each edit moves one cell by a hand-sized step; a target flips between 0 and 1
            String[] edits = {"X", "W_1", "b_1", "W_2", "b_2", "Y", "X"};
            int k = 0;
            for (String name : edits) {
                Area area = LessonTensors.area(book, name);
                int row = area.top() + k % area.rows();
                int column = area.left() + (k / 2) % area.columns();
                k++;
                Sheet sheet = LessonTensors.sheet(book, name);
                double old = ((NumberValue) sheet.value(row, column)).value();
                double edited = name.equals("Y") ? 1 - old : Math.rint(old * 10 + 3 * (k % 2 == 0 ? 1 : -2)) / 10;
                Map<String, double[][]> before = MlpCases.readAll(book);
                ChangeSet changes = calculator.setValue(sheet, row, column, new NumberValue(edited));
                String what = MlpCases.describe(c) + " after " + name + " " + old + " -> " + edited;
                assertMatchesReference(book, what);
                assertChangesReported(book, before, changes, what);
            }
        }
    }

    @Test
    void defaultsMatchTheLessonsContract() {
        Lesson lesson = MlpLesson.build(new LessonOptions(1));
        assertEquals("mlp", lesson.kind());
        assertEquals("loss", lesson.loss());
        assertEquals(Map.of("W_1", "dW_1", "b_1", "db_1", "W_2", "dW_2", "b_2", "db_2"), lesson.gradients());
        new Calculator(lesson.workbook()).recalculateAll();
        assertShapes(lesson.workbook(), 3, 4, 2, 2);
    }

    @Test
    void thePlanRevealsEveryComputedBlockForwardThenBackward() {
        Lesson lesson = MlpCases.build(MlpCases.CASES.get(3));
        Workbook book = lesson.workbook();
        List<String> titles = lesson.plan().stream().map(Stage::title).toList();
        assertEquals(List.of("Inputs and weights", "Layer 1: Z₁ = W₁X + b₁", "A₁ = ReLU(Z₁)", "Layer 2: Z₂ = W₂A₁ + b₂",
                "A₂ = σ(Z₂)", "Loss", "Backward: dZ₂", "dW₂, db₂", "dA₁ = W₂ᵀ dZ₂", "dZ₁ = dA₁ ⊙ [Z₁ > 0]", "dW₁, db₁"), titles);
        List<String> revealed = new ArrayList<>();
        for (Stage stage : lesson.plan()) {
            for (Area area : stage.cells()) {
                revealed.add(nameOf(book, area));
            }
        }
        List<String> expected = new ArrayList<>(List.of(MlpReference.INPUTS));
        expected.addAll(List.of(MlpReference.COMPUTED));
        assertEquals(expected.size(), revealed.size(), "each block revealed once: " + revealed);
        assertTrue(revealed.containsAll(expected), revealed.toString());
        // a block is revealed only after every block its formulas read
        assertTrue(revealed.indexOf("loss") < revealed.indexOf("dZ_2"));
        assertTrue(revealed.indexOf("dA_1") < revealed.indexOf("dZ_1"));
        assertTrue(revealed.indexOf("dZ_1") < revealed.indexOf("dW_1"));
    }

    @Test
    void theSameSeedGivesTheSameWorkbookAndValuesAreHandFriendly() {
        Lesson first = MlpLesson.build(new LessonOptions(17));
        Lesson again = MlpLesson.build(new LessonOptions(17));
        Lesson other = MlpLesson.build(new LessonOptions(18));
        assertEquals(contents(first.workbook()), contents(again.workbook()));
        assertNotEquals(contents(first.workbook()), contents(other.workbook()));
        for (String name : List.of("X", "W_1", "b_1", "W_2", "b_2")) {
            for (double[] row : LessonTensors.read(first.workbook(), name)) {
                for (double v : row) {
                    assertTrue(Math.abs(v) <= 1 && Math.abs(v * 10 - Math.rint(v * 10)) < 1e-9, name + " " + v);
                }
            }
        }
        for (double[] row : LessonTensors.read(first.workbook(), "Y")) {
            for (double v : row) {
                assertTrue(v == 0 || v == 1, "target " + v);
            }
        }
    }

    /** Seeded values keep every pre-activation off zero, where ReLU's derivative is only a convention. */
    @Test
    void seededValuesStayOffTheReluKink() {
        for (int seed = 0; seed < 40; seed++) {
            Lesson lesson = MlpLesson.build(new LessonOptions(seed));
            new Calculator(lesson.workbook()).recalculateAll();
            for (String name : List.of("Z_1", "Z_2")) {
                for (double[] row : LessonTensors.read(lesson.workbook(), name)) {
                    for (double z : row) {
                        assertTrue(Math.abs(z) > 0.0005, "seed " + seed + ": " + name + " = " + z);
                    }
                }
            }
        }
    }

    @Test
    void formulasArePlainCellArithmetic() {
        Lesson lesson = MlpCases.build(MlpCases.CASES.get(6));
        int formulas = 0;
        for (Cell cell : lesson.workbook().sheet(0)) {
            if (cell.hasFormula()) {
                formulas++;
                String text = cell.formula().sourceText().toUpperCase();
                assertFalse(cell.formula().isArray(), cell.address());
                for (String banned : List.of("MMULT", "LET(", "LAMBDA", "SEQUENCE", "TRANSPOSE", "#", "{")) {
                    assertFalse(text.contains(banned), cell.address() + ": " + text);
                }
                assertTrue(text.length() < 8192, cell.address());
            }
        }
        assertTrue(formulas > 0);
    }

    @Test
    void sizesTooLargeForASpreadsheetFormulaAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> MlpLesson.build(new LessonOptions(1).with("outputs", 20).with("batch", 100)));
    }

    @AfterAll
    static void report() {
        System.out.printf("MLP lesson vs plain-Java reference: %d tensors compared, largest relative error %.3e%n",
                tensorsCompared, largestError);
    }

    static void assertMatchesReference(Workbook book, String what) {
        Map<String, double[][]> actual = MlpCases.readAll(book);
        Map<String, double[][]> expected = MlpCases.reference(book);
        for (String name : expected.keySet()) {
            double[][] e = expected.get(name);
            double[][] a = actual.get(name);
            assertEquals(e.length, a.length, what + ": rows of " + name);
            for (int i = 0; i < e.length; i++) {
                assertEquals(e[i].length, a[i].length, what + ": columns of " + name);
                for (int j = 0; j < e[i].length; j++) {
                    double error = MlpCases.error(e[i][j], a[i][j]);
                    largestError = Math.max(largestError, error);
                    assertTrue(error <= TOLERANCE, what + ": " + name + "(" + i + "," + j + ") = " + a[i][j]
                            + ", reference " + e[i][j]);
                }
            }
            tensorsCompared++;
        }
    }

    private static void assertShapes(Workbook book, int inputs, int hidden, int outputs, int batch) {
        Object[][] shapes = {{"X", inputs, batch}, {"W_1", hidden, inputs}, {"b_1", hidden, 1}, {"W_2", outputs, hidden},
                {"b_2", outputs, 1}, {"Y", outputs, batch}, {"Z_1", hidden, batch}, {"A_1", hidden, batch},
                {"Z_2", outputs, batch}, {"A_2", outputs, batch}, {"loss", 1, 1}, {"dZ_2", outputs, batch},
                {"dW_2", outputs, hidden}, {"db_2", outputs, 1}, {"dA_1", hidden, batch}, {"dZ_1", hidden, batch},
                {"dW_1", hidden, inputs}, {"db_1", hidden, 1}};
        for (Object[] shape : shapes) {
            Area area = LessonTensors.area(book, (String) shape[0]);
            assertArrayEquals(new int[] {(int) shape[1], (int) shape[2]}, new int[] {area.rows(), area.columns()},
                    "shape of " + shape[0]);
        }
    }

    /** The edit's change set names every cell whose value moved, so the grid repaints all of them. */
    private static void assertChangesReported(Workbook book, Map<String, double[][]> before, ChangeSet changes, String what) {
        Map<String, double[][]> after = MlpCases.readAll(book);
        int moved = 0;
        for (String name : after.keySet()) {
            Area area = LessonTensors.area(book, name);
            Sheet sheet = LessonTensors.sheet(book, name);
            for (int i = 0; i < area.rows(); i++) {
                for (int j = 0; j < area.columns(); j++) {
                    if (after.get(name)[i][j] != before.get(name)[i][j]) {
                        moved++;
                        assertTrue(changes.contains(sheet.cell(area.top() + i, area.left() + j)),
                                what + ": " + name + "(" + i + "," + j + ") changed but was not reported");
                    }
                }
            }
        }
        assertTrue(moved > 0, what + ": nothing changed");
    }

    private static String nameOf(Workbook book, Area area) {
        List<String> all = new ArrayList<>(List.of(MlpReference.INPUTS));
        all.addAll(List.of(MlpReference.COMPUTED));
        return all.stream().filter(name -> LessonTensors.area(book, name).equals(area)).findFirst()
                .orElseThrow(() -> new AssertionError("stage reveals an unnamed area " + area));
    }

    /** Every cell's formula text or constant, in a form two workbooks can be compared by. */
    private static List<String> contents(Workbook book) {
        List<String> all = new ArrayList<>();
        for (Cell cell : book.sheet(0)) {
            all.add(cell.address() + "=" + (cell.hasFormula() ? cell.formula().sourceText() : String.valueOf(cell.value())));
        }
        all.sort(null);
        return all;
    }
}
