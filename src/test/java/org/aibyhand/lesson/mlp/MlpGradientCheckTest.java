package org.aibyhand.lesson.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.NumberValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonTensors;

/**
 * Every gradient the MLP lesson computes by backpropagation equals a central finite difference of its loss:
 * each parameter cell is moved by ±h through the calculator (an incremental recalculation, as when a user
 * types), the loss read, and the cell restored. Where a move flips the sign of a ReLU pre-activation the
 * difference straddles the kink and means nothing, so that parameter is skipped and counted.
 */
class MlpGradientCheckTest {
    private static final double H = 1e-5;
    private static final double TOLERANCE = 1e-6;
    /** Below this, a gradient is compared absolutely: the difference quotient's rounding is about 1e-11. */
    private static final double FLOOR = 1e-5;
    private static double largestError;
    private static int checked;
    private static int skipped;

    @Test
    void everyGradientEqualsACentralDifferenceOfTheLoss() {
        for (int[] c : MlpCases.CASES) {
            Lesson lesson = MlpCases.build(c);
            Calculator calculator = new Calculator(lesson.workbook());
            calculator.recalculateAll();
            checkGradients(lesson, calculator, MlpCases.describe(c));
        }
    }

    /** After edits that kill and revive hidden units, the gradients still agree with the loss. */
    @Test
    void gradientsStayRightAfterEdits() {
        Computed c = Computed.defaultLesson();
        Lesson lesson = c.lesson;
        Workbook book = c.book;
        Calculator calculator = c.calculator;
        Area b1 = c.b1;
        Sheet sheet = c.sheet;
        calculator.setValue(sheet, b1.top(), b1.left(), new NumberValue(-2.3));
        calculator.setValue(sheet, b1.top() + 1, b1.left(), new NumberValue(1.7));
        assertEquals(0, checkGradients(lesson, calculator, "default lesson after editing b_1"));
    }

    /** A pre-activation a hair above zero: the moves that push it across are skipped, the rest still checked. */
    @Test
    void parametersAtTheReluKinkAreSkippedAndCounted() {
        Computed c = Computed.defaultLesson();
        Lesson lesson = c.lesson;
        Workbook book = c.book;
        Calculator calculator = c.calculator;
        Area b1 = c.b1;
        Sheet sheet = c.sheet;
        double bias = ((NumberValue) sheet.value(b1.top(), b1.left())).value();
        double z = LessonTensors.read(book, "Z_1")[0][0];
        calculator.setValue(sheet, b1.top(), b1.left(), new NumberValue(bias - z + H / 4));
        assertTrue(checkGradients(lesson, calculator, "default lesson with Z_1(0,0) = h/4") > 0);
    }

    @AfterAll
    static void report() {
        System.out.printf("MLP gradients vs central differences (h = %.0e): %d parameters checked, %d skipped at a "
                + "ReLU kink, largest relative error %.3e%n", H, checked, skipped, largestError);
    }

    /** Checks every gradient cell; returns how many parameters were skipped at a kink. */
    private static int checkGradients(Lesson lesson, Calculator calculator, String what) {
        Workbook book = lesson.workbook();
        int total = 0;
        int skippedHere = 0;
        for (Map.Entry<String, String> pair : lesson.gradients().entrySet()) {
            String parameter = pair.getKey();
            double[][] gradient = LessonTensors.read(book, pair.getValue());
            Area area = LessonTensors.area(book, parameter);
            Sheet sheet = LessonTensors.sheet(book, parameter);
            assertEquals(area.rows(), gradient.length, "gradient shape of " + parameter);
            assertEquals(area.columns(), gradient[0].length, "gradient shape of " + parameter);
            for (int i = 0; i < area.rows(); i++) {
                for (int j = 0; j < area.columns(); j++) {
                    total++;
                    int row = area.top() + i;
                    int column = area.left() + j;
                    double original = ((NumberValue) sheet.value(row, column)).value();
                    double[][] signs = signs(book);
                    calculator.setValue(sheet, row, column, new NumberValue(original + H));
                    double up = loss(book);
                    boolean kink = !Arrays.deepEquals(signs, signs(book));
                    calculator.setValue(sheet, row, column, new NumberValue(original - H));
                    double down = loss(book);
                    kink |= !Arrays.deepEquals(signs, signs(book));
                    calculator.setValue(sheet, row, column, new NumberValue(original));
                    if (kink) {
                        skippedHere++;
                        continue;
                    }
                    double difference = (up - down) / (2 * H);
                    double g = gradient[i][j];
                    double error = Math.abs(difference - g) / Math.max(FLOOR, Math.abs(g));
                    largestError = Math.max(largestError, error);
                    assertTrue(error <= TOLERANCE, what + ": d loss / d " + parameter + "(" + i + "," + j + ") = " + g
                            + ", central difference " + difference);
                }
            }
        }
        checked += total - skippedHere;
        skipped += skippedHere;
        assertTrue(skippedHere * 4 <= total, what + ": " + skippedHere + " of " + total + " parameters at a kink");
        // restoring every cell restored the loss and gradients exactly
        MlpLessonTest.assertMatchesReference(book, what + ", after the checks");
        return skippedHere;
    }

    private static double loss(Workbook book) {
        return LessonTensors.read(book, "loss")[0][0];
    }

    private static double[][] signs(Workbook book) {
        double[][] z = LessonTensors.read(book, "Z_1");
        for (double[] row : z) {
            for (int j = 0; j < row.length; j++) {
                row[j] = Math.signum(row[j]);
            }
        }
        return z;
    }

    /** The default lesson computed, with its first bias block at hand, as both edit tests start. */
    private static final class Computed {
        final Lesson lesson = MlpCases.build(MlpCases.CASES.get(0));
        final Workbook book = lesson.workbook();
        final Calculator calculator = new Calculator(book);
        final Area b1 = LessonTensors.area(book, "b_1");
        final Sheet sheet = LessonTensors.sheet(book, "b_1");

        static Computed defaultLesson() {
            Computed c = new Computed();
            c.calculator.recalculateAll();
            return c;
        }
    }
}
