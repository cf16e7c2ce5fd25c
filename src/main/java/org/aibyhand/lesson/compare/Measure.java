package org.aibyhand.lesson.compare;

import java.util.Arrays;
import java.util.Random;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.Lessons;

/**
 * Builds a model's lesson at a sequence length, gives it the comparison's input sequence (the same whole numbers
 * in X for every model), and measures it with the engine.
 */
final class Measure {
    private static final long SEQUENCE_SEED = 2024;

    private Measure() {
    }

    static Measurement of(ComparedModel model, int steps, int timedRuns) {
        Lesson lesson = Lessons.build(model.kind(), model.options().apply(steps));
        Workbook book = lesson.workbook();
        sameInput(book);
        Calculator calculator = new Calculator(book);
        calculator.recalculateAll();
        long formulas = 0;
        for (Sheet sheet : book.sheets()) {
            for (Cell cell : sheet) {
                formulas += cell.hasFormula() ? 1 : 0;
            }
        }
        int depth = new CriticalPath(calculator).longest();
        double[] millis = new double[timedRuns];
        for (int run = 0; run < timedRuns; run++) {
            long start = System.nanoTime();
            calculator.recalculateAll();
            millis[run] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new Measurement(model.label(), steps, formulas, depth, model.statePerStep().applyAsLong(steps),
                millis[timedRuns / 2]);
    }

    /** X (inputs × steps) filled with whole numbers in [−2, 2] from one seed, column by column. */
    private static void sameInput(Workbook book) {
        String text = book.resolveName("X", null).text();
        Area x = Area.parse(text.substring(text.lastIndexOf('!') + 1).replace("$", ""));
        Sheet sheet = book.sheet(0);
        Random random = new Random(SEQUENCE_SEED);
        for (int c = x.left(); c <= x.right(); c++) {
            for (int r = x.top(); r <= x.bottom(); r++) {
                sheet.cellForWrite(r, c).setValue(new NumberValue(random.nextInt(5) - 2));
            }
        }
    }
}
