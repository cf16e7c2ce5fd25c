package org.aibyhand.lesson.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonContract;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.LessonTensors;
import org.aibyhand.lesson.Lessons;
import org.junit.jupiter.api.Test;

/**
 * The attention lesson against {@link AttentionReference}, finite differences and LibreOffice, causal and not,
 * two seeds and two sizes; switching the causal cell recomputes the lesson as the other kind; large scores stay
 * finite because the softmax subtracts each row's maximum.
 */
class AttentionLessonTest extends LessonContract {
    private static final List<String> GIVENS = List.of("X", "W_q", "W_k", "W_v", "W_o", "Y");

    @Override
    protected String kind() {
        return "attention";
    }

    @Override
    protected List<LessonOptions> cases() {
        return List.of(new LessonOptions(1), new LessonOptions(7).withFlag("causal"),
                new LessonOptions(3).with("model", 3).with("key", 2).with("tokens", 6).withFlag("causal"),
                new LessonOptions(11).with("model", 2).with("key", 3).with("tokens", 5));
    }

    @Override
    protected List<String> givens() {
        return GIVENS;
    }

    @Override
    protected Map<String, double[][]> reference(Map<String, double[][]> givens, LessonOptions options) {
        return AttentionReference.compute(givens, options.flag("causal"));
    }

    @Test
    void switchingTheCausalCellRecomputesEverything() {
        Lesson lesson = Lessons.build(kind(), new LessonOptions(4).with("tokens", 5));
        Workbook book = lesson.workbook();
        Calculator calculator = new Calculator(book);
        calculator.recalculateAll();
        Map<String, double[][]> givens = read(book);
        Area cell = LessonTensors.area(book, "causal");
        calculator.setValue(book.sheet(0), cell.top(), cell.left(), BooleanValue.TRUE);
        Map<String, double[][]> expected = AttentionReference.compute(givens, true);
        for (String name : List.of("A_attn", "Z", "O", "loss", "dW_q", "dW_k", "dW_v", "dW_o")) {
            assertClose(expected.get(name), LessonTensors.read(book, name), name);
        }
        double[][] a = LessonTensors.read(book, "A_attn");
        assertEquals(0.0, a[0][4], "the first query sees no later key");
        assertEquals(1.0, a[0][0], 1e-15, "only itself");
    }

    @Test
    void largeScoresStayFinite() {
        Lesson lesson = Lessons.build(kind(), new LessonOptions(2).with("tokens", 3));
        Workbook book = lesson.workbook();
        Calculator calculator = new Calculator(book);
        calculator.recalculateAll();
        LessonTensors.set(calculator, "X", 0, 0, 900);
        LessonTensors.set(calculator, "W_q", 0, 0, 3);
        LessonTensors.set(calculator, "W_k", 0, 0, 3);
        double[][] s = LessonTensors.read(book, "S");
        assertTrue(s[0][0] > 1000, "exp of this score alone would overflow: " + s[0][0]);
        Map<String, double[][]> expected = AttentionReference.compute(read(book), false);
        assertClose(expected.get("A_attn"), LessonTensors.read(book, "A_attn"), "A_attn");
    }

    private static Map<String, double[][]> read(Workbook book) {
        Map<String, double[][]> givens = new LinkedHashMap<>();
        for (String name : GIVENS) {
            givens.put(name, LessonTensors.read(book, name));
        }
        return givens;
    }

    private static void assertClose(double[][] expected, double[][] actual, String name) {
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                double scale = Math.max(1e-9, Math.max(Math.abs(expected[i][j]), Math.abs(actual[i][j])));
                assertTrue(Math.abs(expected[i][j] - actual[i][j]) / scale < 1e-9,
                        name + "[" + i + "][" + j + "]: " + expected[i][j] + " vs " + actual[i][j]);
            }
        }
    }
}
