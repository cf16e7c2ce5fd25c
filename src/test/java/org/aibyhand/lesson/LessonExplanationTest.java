package org.aibyhand.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.walkthrough.Explainer;
import org.aibyhand.engine.walkthrough.Explanation;
import org.junit.jupiter.api.Test;

/**
 * Explanations of lesson cells, the expected texts derived from the lessons' givens (read through their
 * names) and, for the default MLP, worked out by hand.
 */
class LessonExplanationTest {

    @Test
    void mlpFirstPreActivationByHand() {
        Lesson lesson = Lessons.build("mlp", new LessonOptions(1));
        Explanation e = explain(lesson, "Z_1", 0, 0);
        assertEquals("=B13*G5+C13*G6+D13*G7+E13", e.formula());
        assertEquals("0.4*0.8 + (-0.9)*(-0.9) + 0*1 + 0.2", e.withNumbers());
        assertEquals("1.33", e.result()); // 0.32 + 0.81 + 0 + 0.2
        assertEquals(java.util.Set.of("B13", "G5", "C13", "G6", "D13", "G7", "E13"), e.precedents().stream()
                .map(r -> new Area(r.top(), r.left(), r.bottom(), r.right()).toA1()).collect(java.util.stream.Collectors.toSet()));
        assertEquals(List.of("P5", "G21"), e.dependents().stream().map(Cell::address).toList());
    }

    /**
     * Z₂(0,0) = −0.6·1.33 + 0.7·0.03 + 0.1·0.54 − 0.8·0 − 0.3 = −1.023 by hand from the first test's numbers,
     * so A₂(0,0) = σ(−1.023) = 0.26444 and dZ₂(0,0) = (0.26444 − 1)/2 · 0.26444 · (1 − 0.26444) = −0.071538.
     */
    @Test
    void mlpOutputGradientByHand() {
        Lesson lesson = Lessons.build("mlp", new LessonOptions(1));
        Explanation e = explain(lesson, "dZ_2", 0, 0);
        assertEquals("(0.2644 - 1)/2*0.2644*(1 - 0.2644)", e.withNumbers());
        assertEquals("-0.07154", e.result());
        assertEquals("1/(1 + EXP(-(-1.023)))", explain(lesson, "A_2", 0, 0).withNumbers());
    }

    @Test
    void mlpPreActivationsFromTheGivens() {
        for (long seed : new long[] {1, 2, 3}) {
            Lesson lesson = Lessons.build("mlp", new LessonOptions(seed));
            Workbook book = lesson.workbook();
            double[][] w = LessonTensors.read(book, "W_1");
            double[][] x = LessonTensors.read(book, "X");
            double[][] b = LessonTensors.read(book, "b_1");
            int i = 1;
            int s = 1;
            List<String> terms = new ArrayList<>();
            double z = 0;
            for (int k = 0; k < x.length; k++) {
                terms.add(given(w[i][k]) + "*" + given(x[k][s]));
                z += w[i][k] * x[k][s];
            }
            terms.add(given(b[i][0]));
            z += b[i][0];
            Explanation e = explain(lesson, "Z_1", i, s);
            assertEquals(String.join(" + ", terms), e.withNumbers(), "seed " + seed);
            assertEquals(computed(z), e.result(), "seed " + seed);
        }
    }

    /** h₂(0) = tanh(W_ih[0]·x₂ + b_ih[0] + W_hh[0]·h₁ + b_hh[0]), with h₁ computed here from h₀ and the givens. */
    @Test
    void rnnSecondStepFromTheGivens() {
        for (long seed : new long[] {1, 7}) {
            Lesson lesson = Lessons.build("rnn", new LessonOptions(seed));
            Workbook book = lesson.workbook();
            double[][] wih = LessonTensors.read(book, "W_ih");
            double[][] whh = LessonTensors.read(book, "W_hh");
            double[][] bih = LessonTensors.read(book, "b_ih");
            double[][] bhh = LessonTensors.read(book, "b_hh");
            double[][] h0 = LessonTensors.read(book, "h_0");
            double[][] x = LessonTensors.read(book, "X");
            int hidden = whh.length;
            double[] h1 = new double[hidden];
            for (int u = 0; u < hidden; u++) {
                double z = bih[u][0] + bhh[u][0];
                for (int k = 0; k < x.length; k++) {
                    z += wih[u][k] * x[k][0];
                }
                for (int v = 0; v < hidden; v++) {
                    z += whh[u][v] * h0[v][0];
                }
                h1[u] = Math.tanh(z);
                assertTrue(Math.abs(h1[u]) > 1e-4, "h₁ is shown in plain digits");
            }
            List<String> terms = new ArrayList<>();
            double z = 0;
            for (int k = 0; k < x.length; k++) {
                terms.add(given(wih[0][k]) + "*" + given(x[k][1]));
                z += wih[0][k] * x[k][1];
            }
            terms.add(given(bih[0][0]));
            z += bih[0][0];
            for (int v = 0; v < hidden; v++) {
                String shown = computed(h1[v]);
                terms.add(given(whh[0][v]) + "*" + (h1[v] < 0 ? "(" + shown + ")" : shown));
                z += whh[0][v] * h1[v];
            }
            terms.add(given(bhh[0][0]));
            z += bhh[0][0];
            Explanation e = explain(lesson, "H", 0, 1);
            assertEquals("TANH(" + String.join(" + ", terms) + ")", e.withNumbers(), "seed " + seed);
            assertEquals(computed(Math.tanh(z)), e.result(), "seed " + seed);
        }
    }

    /** The RNN's loss reads three 4-cell ranges: each is spelled out as an array. */
    @Test
    void rnnLossSpellsOutItsRanges() {
        Lesson lesson = Lessons.build("rnn", new LessonOptions(1));
        Workbook book = lesson.workbook();
        Explanation e = explain(lesson, "loss", 0, 0);
        String yHat = array(LessonTensors.read(book, "Y_hat")[0]);
        String y = array(LessonTensors.read(book, "Y")[0]);
        assertEquals("(SUMSQ(" + yHat + ") - 2*SUMPRODUCT(" + yHat + "," + y + ") + SUMSQ(" + y + "))/(2*4)", e.withNumbers());
    }

    private static Explanation explain(Lesson lesson, String tensor, int i, int j) {
        Workbook book = lesson.workbook();
        Calculator calculator = new Calculator(book);
        calculator.recalculateAll();
        Area area = LessonTensors.area(book, tensor);
        Sheet sheet = LessonTensors.sheet(book, tensor);
        return Explainer.explain(calculator, sheet.cell(area.top() + i, area.left() + j));
    }

    /** A given: one decimal, written exactly, in parentheses when negative. */
    private static String given(double value) {
        String text = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return value < 0 ? "(" + text + ")" : text;
    }

    /** A computed number of ordinary size to 4 significant digits. */
    private static String computed(double value) {
        return new BigDecimal(value).round(new MathContext(4, RoundingMode.HALF_UP)).stripTrailingZeros().toPlainString();
    }

    private static String array(double[] row) {
        List<String> texts = new ArrayList<>();
        for (double v : row) {
            texts.add(computed(v));
        }
        return "{" + String.join(",", texts) + "}";
    }
}
