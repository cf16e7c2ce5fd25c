package org.aibyhand.lesson.compare;

import java.util.List;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.lesson.LessonSheet;

/** The comparison as a workbook: the measurements as a table, and the growth exponents of each model below. */
public final class ComparisonWorkbook {
    private static final List<String> HEADINGS = List.of("model", "T", "formula cells", "critical path depth",
            "state per step", "recalc ms");

    private ComparisonWorkbook() {
    }

    public static Workbook of(Comparison comparison) {
        LessonSheet lesson = new LessonSheet("Compare");
        lesson.title("RNN, LSTM, GRU, attention and Mamba as the sequence grows", HEADINGS.size());
        Sheet sheet = lesson.sheet();
        lesson.label(1, 0, "Measured by the engine on the lessons' workbooks, all reading the same input sequence");
        int row = 3;
        for (int c = 0; c < HEADINGS.size(); c++) {
            lesson.label(row, c, HEADINGS.get(c));
        }
        for (Measurement m : comparison.measurements()) {
            row++;
            sheet.cellForWrite(row, 0).setValue(new TextValue(m.model()));
            double[] numbers = {m.steps(), m.formulaCells(), m.depth(), m.statePerStep(), m.recalcMillis()};
            for (int c = 0; c < numbers.length; c++) {
                sheet.cellForWrite(row, c + 1).setValue(new NumberValue(numbers[c]));
            }
        }
        row += 2;
        lesson.label(row, 0, "growth exponent in T (slope of log value against log T)");
        row++;
        lesson.label(row, 0, "model");
        lesson.label(row, 1, "formula cells");
        lesson.label(row, 2, "depth");
        lesson.label(row, 3, "recalc time");
        for (String model : comparison.models()) {
            row++;
            Comparison.Exponents e = comparison.exponents(model);
            sheet.cellForWrite(row, 0).setValue(new TextValue(model));
            double[] numbers = {e.cells(), e.depth(), e.time()};
            for (int c = 0; c < numbers.length; c++) {
                if (!Double.isNaN(numbers[c])) {
                    sheet.cellForWrite(row, c + 1).setValue(new NumberValue(numbers[c]));
                }
            }
        }
        for (int c = 0; c < HEADINGS.size(); c++) {
            lesson.columnWidth(c, 16);
        }
        return lesson.workbook();
    }
}
