package org.aibyhand.lesson.rnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.aibyhand.engine.ref.Area;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.RelativeTolerance;

/**
 * Long sequences: a chain of thousands of steps builds and computes without deep recursion, keeps only the
 * contract's names, and agrees with the reference at the start, middle and end. Past the 16,384 columns of a
 * sheet the lesson is drawn transposed, one row per step.
 */
class RnnLongSequenceTest {
    private static final RelativeTolerance REFERENCE = new RelativeTolerance("RNN long sequences vs plain-Java reference", 1e-12, 1);

    @AfterAll
    static void report() {
        System.out.println(REFERENCE.report());
    }

    @Test
    void twoThousandStepsComputeAcrossTheSheet() {
        check(2_000, false);
    }

    /** The longest sequence the benchmarks build: linear to build (under a second here) and to compute. */
    @Test
    void aHundredThousandStepsAreDrawnDownTheSheet() {
        check(100_000, true);
    }

    @Test
    void theSequenceTurnsDownTheSheetExactlyWhenItNoLongerFitsAcross() {
        // With I = 2 and H = 3 the time steps start in column 14 (N) and the equations need two more columns.
        Area across = new RnnSheet(RnnLesson.build(new LessonOptions(1).with("steps", 16_369)), false).area("H");
        assertEquals(16_369, across.columns());
        assertEquals(16_383, across.right() + 2, "the equations sit in the sheet's last column");
        Area down = new RnnSheet(RnnLesson.build(new LessonOptions(1).with("steps", 16_370)), true).area("H");
        assertEquals(16_370, down.rows());
    }

    private static void check(int steps, boolean transposed) {
        long start = System.nanoTime();
        Lesson lesson = RnnLesson.build(new LessonOptions(9).with("steps", steps));
        long built = System.nanoTime();
        RnnSheet rnn = new RnnSheet(lesson, transposed);
        long computed = System.nanoTime();
        System.out.printf("RNN T = %,d: built in %d ms, computed in %d ms%n", steps, (built - start) / 1_000_000,
                (computed - built) / 1_000_000);

        assertEquals(RnnLessonTest.NAMES.size(), lesson.workbook().definedNames().size(), "no name per step");
        Area h = rnn.area("H");
        assertEquals(transposed ? steps : 3, h.rows());
        assertEquals(transposed ? 3 : steps, h.columns());
        assertTrue(lesson.plan().size() <= 1 + 12 + 7, "a short plan");

        Map<String, double[][]> expected = RnnReference.compute(rnn.givens());
        int[] columns = {0, 1, steps / 2, steps - 2, steps - 1};
        for (String name : RnnLessonTest.NAMES) {
            double[][] want = expected.get(name);
            boolean alongTime = want[0].length == steps;
            for (int i = 0; i < want.length; i++) {
                for (int j : alongTime ? columns : new int[] {0, want[0].length - 1}) {
                    REFERENCE.check(name + "[" + i + "][" + j + "] T=" + steps, want[i][j], rnn.value(name, i, j));
                }
            }
        }
    }
}
