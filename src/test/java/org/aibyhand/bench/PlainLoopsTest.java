package org.aibyhand.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;
import org.junit.jupiter.api.Test;

/**
 * The plain-Java loops the engine is timed against compute the same tensors as the lesson workbooks: written apart
 * from the lesson builders, from the equations, they agree with the engine's values to rounding, and stop agreeing
 * when the workbook's givens change under them.
 */
class PlainLoopsTest {
    private static final double ROUNDING = 1e-12;

    @Test
    void mambaLoopComputesTheLessonsTensors() {
        for (LessonOptions options : new LessonOptions[] {new LessonOptions(1),
                new LessonOptions(7).with("channels", 3).with("state", 4).with("steps", 20)}) {
            Workbook book = computed("mamba", options);
            MambaLoop loop = new MambaLoop(book);
            loop.run();
            assertAgrees(loop.maxDifference(book), "Mamba " + options.sizes());
            assertDisagreesAfterEditing(book, loop, "A");
        }
    }

    @Test
    void rnnLoopComputesTheForwardPassLossAndEveryGradient() {
        Workbook book = computed("rnn", new LessonOptions(3).with("inputs", 3).with("hidden", 4).with("outputs", 2)
                .with("steps", 30));
        RnnLoop loop = new RnnLoop(book);
        loop.run();
        assertAgrees(loop.maxDifference(book), "RNN");
        assertDisagreesAfterEditing(book, loop, "W_hh");
    }

    /** Past the columns of a sheet the lesson is drawn down the rows; the loop must read it transposed. */
    @Test
    void rnnLoopReadsASequenceDrawnDownTheSheet() {
        Workbook book = computed("rnn", new LessonOptions(1).with("steps", 16_500));
        ReferenceValue h = NamedTensors.area(book, "H");
        assertTrue(h.rows() == 16_500 && h.columns() == 3, "drawn transposed: " + h);
        RnnLoop loop = new RnnLoop(book);
        loop.run();
        assertAgrees(loop.maxDifference(book), "RNN T = 16,500");
    }

    private static Workbook computed(String kind, LessonOptions options) {
        Workbook book = Lessons.build(kind, options).workbook();
        new Calculator(book).recalculateAll();
        return book;
    }

    private static void assertAgrees(double difference, String what) {
        assertTrue(difference <= ROUNDING, what + ": largest difference " + difference);
    }

    /** Changes the first element of a given on the sheet (and recomputes): the loop's tensors no longer match. */
    private static void assertDisagreesAfterEditing(Workbook book, PlainLoop loop, String given) {
        ReferenceValue area = NamedTensors.area(book, given);
        NumberValue old = (NumberValue) book.sheet(area.sheet()).value(area.top(), area.left());
        new Calculator(book).setValue(book.sheet(area.sheet()), area.top(), area.left(), new NumberValue(old.value() - 0.5));
        assertTrue(loop.maxDifference(book) > 1e-6, "the comparison notices a changed " + given);
    }
}
