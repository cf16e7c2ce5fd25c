package org.aibyhand.lesson.rnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.DefinedName;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.ref.Area;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.RelativeTolerance;

/**
 * The RNN lesson against its contract: the defined names and plan, every tensor against an independent
 * plain-Java implementation, every gradient against central finite differences of the loss, and edits flowing
 * through to every value and gradient. Sizes include length-1 and non-square ones; some lessons are drawn
 * transposed (time down the rows), as long sequences are.
 */
class RnnLessonTest {
    static final List<String> NAMES = List.of("X", "W_ih", "b_ih", "W_hh", "b_hh", "h_0", "W_hy", "b_y", "Y", "H",
            "Y_hat", "loss", "dY_hat", "dH", "dZ", "dW_hy", "db_y", "dW_ih", "dW_hh", "db_ih", "db_hh");
    /** inputs, hidden, outputs, steps. */
    private static final int[][] SIZES = {{2, 3, 1, 4}, {1, 1, 1, 1}, {3, 2, 2, 5}, {2, 4, 3, 1}, {1, 3, 2, 7},
        {4, 1, 1, 3}, {2, 2, 1, 2}};
    private static final long[] SEEDS = {1, 7, 2024};
    private static final double STEP = 1e-5;

    private static final RelativeTolerance REFERENCE = new RelativeTolerance("RNN tensors vs plain-Java reference", 1e-12, 1);
    private static final RelativeTolerance FINITE = new RelativeTolerance("RNN gradients vs central differences", 1e-6, 1e-4);

    @AfterAll
    static void report() {
        System.out.println(REFERENCE.report());
        System.out.println(FINITE.report());
    }

    @Test
    void defaultLessonFollowsTheContract() {
        Lesson lesson = RnnLesson.build(new LessonOptions(7));
        assertEquals("rnn", lesson.kind());
        assertEquals("loss", lesson.loss());
        assertEquals(Map.of("W_ih", "dW_ih", "W_hh", "dW_hh", "b_ih", "db_ih", "b_hh", "db_hh", "W_hy", "dW_hy",
                "b_y", "db_y"), lesson.gradients());
        Set<String> names = new TreeSet<>();
        for (DefinedName name : lesson.workbook().definedNames()) {
            assertEquals(null, name.scope(), name.name() + " is workbook-level");
            names.add(name.name());
        }
        assertEquals(new TreeSet<>(NAMES), names);

        RnnSheet rnn = new RnnSheet(lesson, false);
        int[][] shapes = {{2, 4}, {3, 2}, {3, 1}, {3, 3}, {3, 1}, {3, 1}, {1, 3}, {1, 1}, {1, 4}, {3, 4}, {1, 4},
            {1, 1}, {1, 4}, {3, 4}, {3, 4}, {1, 3}, {1, 1}, {3, 2}, {3, 3}, {3, 1}, {3, 1}};
        for (int n = 0; n < NAMES.size(); n++) {
            Area area = rnn.area(NAMES.get(n));
            assertEquals(shapes[n][0], area.rows(), NAMES.get(n) + " rows");
            assertEquals(shapes[n][1], area.columns(), NAMES.get(n) + " columns (one per time step)");
        }
        assertEquals(rnn.column("H", 0, 0) - 1, rnn.column("h_0", 0, 0), "h_0 is the column just left of H");
        assertTrue(rnn.column("W_ih", 0, 1) < rnn.column("X", 0, 0), "weights to the left of the time steps");

        for (String given : RnnReference.GIVENS) {
            for (double[] row : rnn.read(given)) {
                for (double v : row) {
                    assertEquals(Math.round(v * 10) / 10.0, v, 1e-15, given + " has one decimal");
                    assertTrue(Math.abs(v) <= 2, given + " is small");
                }
            }
        }
    }

    @Test
    void planRevealsEveryComputedCellOnceInTeachingOrder() {
        Lesson lesson = RnnLesson.build(new LessonOptions(3));
        List<String> titles = lesson.plan().stream().map(Stage::title).toList();
        assertEquals(List.of("Inputs and weights",
                "t = 1: h₁ = tanh(W_ih x₁ + b_ih + W_hh h₀ + b_hh)",
                "t = 2: h₂ = tanh(W_ih x₂ + b_ih + W_hh h₁ + b_hh)",
                "t = 3: h₃ = tanh(W_ih x₃ + b_ih + W_hh h₂ + b_hh)",
                "t = 4: h₄ = tanh(W_ih x₄ + b_ih + W_hh h₃ + b_hh)",
                "Outputs Ŷ = W_hy H + b_y", "Loss", "dŶ", "dH (back through time, t = T … 1)", "dZ", "dW_hy, db_y",
                "dW_ih, dW_hh, db_ih = db_hh"), titles);

        Set<Long> formulas = new HashSet<>();
        for (Cell cell : lesson.workbook().sheet(0)) {
            if (cell.hasFormula()) {
                assertEquals(FormulaKind.PLAIN, cell.formula().kind());
                formulas.add(key(cell.row(), cell.column()));
            }
        }
        Set<Long> revealed = new HashSet<>();
        for (Stage stage : lesson.plan().subList(1, lesson.plan().size())) {
            for (Area area : stage.cells()) {
                for (int r = area.top(); r <= area.bottom(); r++) {
                    for (int c = area.left(); c <= area.right(); c++) {
                        assertTrue(revealed.add(key(r, c)), "revealed twice: " + area);
                    }
                }
            }
        }
        assertEquals(formulas, revealed, "the stages after the first reveal exactly the computed cells");
        for (Area area : lesson.plan().get(0).cells()) {
            assertFalse(formulas.contains(key(area.top(), area.left())), "the first stage shows givens");
        }
    }

    @Test
    void longSequencesAreWalkedThroughInAtMostTwelveRuns() {
        for (int steps : new int[] {12, 13, 100, 2001}) {
            Lesson lesson = RnnLesson.build(new LessonOptions(1).with("steps", steps));
            List<Stage> recurrence = lesson.plan().subList(1, lesson.plan().size() - 7);
            assertEquals(Math.min(steps, 12), recurrence.size(), "steps " + steps);
            int next = new RnnSheet(lesson, false).column("H", 0, 0);
            for (Stage stage : recurrence) {
                Area area = stage.cells().get(0);
                assertEquals(next, area.left(), "runs of steps follow each other");
                next = area.right() + 1;
            }
            assertEquals(new RnnSheet(lesson, false).column("H", 0, steps - 1) + 1, next, "and cover every step");
        }
        Lesson hundred = RnnLesson.build(new LessonOptions(1).with("steps", 100));
        assertEquals("t = 1 … 8: h_t = tanh(W_ih x_t + b_ih + W_hh h_(t−1) + b_hh)", hundred.plan().get(1).title());
        assertEquals("t = 92 … 100: h_t = tanh(W_ih x_t + b_ih + W_hh h_(t−1) + b_hh)", hundred.plan().get(12).title());
    }

    @Test
    void tensorsEqualAnIndependentImplementation() {
        for (int[] s : SIZES) {
            for (long seed : SEEDS) {
                checkAgainstReference(RnnSheet.of(seed, s[0], s[1], s[2], s[3], false), "seed " + seed);
            }
            checkAgainstReference(RnnSheet.of(11, s[0], s[1], s[2], s[3], true), "transposed");
        }
    }

    @Test
    void gradientsEqualCentralDifferencesOfTheLoss() {
        int checked = 0;
        for (int[] s : SIZES) {
            for (boolean transposed : new boolean[] {false, true}) {
                RnnSheet rnn = RnnSheet.of(transposed ? 5 : 13, s[0], s[1], s[2], s[3], transposed);
                for (Map.Entry<String, String> pair : rnn.lesson.gradients().entrySet()) {
                    double[][] parameter = rnn.read(pair.getKey());
                    double[][] gradient = rnn.read(pair.getValue());
                    for (int i = 0; i < parameter.length; i++) {
                        for (int j = 0; j < parameter[i].length; j++) {
                            double w = parameter[i][j];
                            rnn.set(pair.getKey(), i, j, w + STEP);
                            double up = rnn.loss();
                            rnn.set(pair.getKey(), i, j, w - STEP);
                            double down = rnn.loss();
                            rnn.set(pair.getKey(), i, j, w);
                            FINITE.check(pair.getValue() + "[" + i + "][" + j + "] " + sizes(s),
                                    (up - down) / (2 * STEP), gradient[i][j]);
                            checked++;
                        }
                    }
                }
                // Restoring each weight brought the whole workbook back.
                checkAgainstReference(rnn, "after the finite differences");
            }
        }
        // tanh has no kink, so no parameter is skipped.
        System.out.println("RNN finite differences: " + checked + " parameters checked, 0 skipped");
    }

    @Test
    void editingAGivenUpdatesEveryValueAndGradient() {
        for (boolean transposed : new boolean[] {false, true}) {
            RnnSheet rnn = RnnSheet.of(21, 3, 2, 2, 5, transposed);
            Map<String, double[][]> given = rnn.givens();
            Object[][] edits = {{"X", 0, 0, 1.5}, {"W_hh", 1, 0, -0.8}, {"h_0", 1, 0, 0.4}, {"Y", 1, 4, 2.5},
                {"b_y", 0, 0, 0.3}, {"W_ih", 0, 2, 0.9}, {"b_hh", 1, 0, -0.6}, {"W_hy", 1, 1, 1.2}, {"b_ih", 0, 0, 0.7},
                {"X", 2, 4, -1.0}};
            double before = rnn.loss();
            for (Object[] edit : edits) {
                String name = (String) edit[0];
                int i = (Integer) edit[1];
                int j = (Integer) edit[2];
                double value = (Double) edit[3];
                rnn.set(name, i, j, value);
                given.get(name)[i][j] = value;
                Map<String, double[][]> expected = RnnReference.compute(given);
                for (String tensor : NAMES) {
                    REFERENCE.check(tensor + " after editing " + name, expected.get(tensor), rnn.read(tensor));
                }
            }
            assertNotEquals(before, rnn.loss());
        }
    }

    @Test
    void theSameSeedGivesTheSameWorkbookAndAnotherSeedAnother() {
        RnnSheet a = RnnSheet.of(42, 2, 3, 1, 4, false);
        RnnSheet b = RnnSheet.of(42, 2, 3, 1, 4, false);
        RnnSheet c = RnnSheet.of(43, 2, 3, 1, 4, false);
        List<String> first = contents(a);
        assertEquals(first, contents(b));
        assertNotEquals(first, contents(c));
    }

    private static List<String> contents(RnnSheet rnn) {
        List<String> all = new ArrayList<>();
        for (Cell cell : rnn.lesson.workbook().sheet(0)) {
            all.add(cell.row() + "," + cell.column() + "=" + (cell.hasFormula() ? "f" + cell.formula().expr() : "")
                    + cell.value());
        }
        return all;
    }

    static void checkAgainstReference(RnnSheet rnn, String label) {
        Map<String, double[][]> expected = RnnReference.compute(rnn.givens());
        for (String name : NAMES) {
            REFERENCE.check(name + " (" + label + ")", expected.get(name), rnn.read(name));
        }
    }

    private static String sizes(int[] s) {
        return "I=" + s[0] + " H=" + s[1] + " O=" + s[2] + " T=" + s[3];
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }
}
