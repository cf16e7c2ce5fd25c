package org.aibyhand.train;

import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.walkthrough.Ranges;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.i18n.Texts;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonKind;
import org.aibyhand.lesson.LessonOption;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;

/**
 * Builds a lesson around a teacher's data: its sizes (inputs, outputs, and samples as the batch or time steps as
 * the sequence) taken from the data, and the data written into X and Y, one column per sample or step. Lessons
 * whose X and Y are not laid out that way are refused with a message.
 */
public final class LessonData {
    private LessonData() {
    }

    /** The most samples (or steps) and inputs {@code kind} takes, for {@link CsvData#parse}. */
    public static int[] limits(String kind) {
        LessonKind lesson = Lessons.of(kind);
        return new int[] {columnsOption(lesson).max(), option(lesson, "inputs").max()};
    }

    /**
     * The lesson {@code kind} with its other options from {@code options} and its sizes and X, Y from {@code data}.
     *
     * @throws IllegalArgumentException with a one-line message when the lesson cannot take the data
     */
    public static Lesson build(String kind, LessonOptions options, DataSet data) {
        LessonKind lesson = Lessons.of(kind);
        LessonOptions sized = new LessonOptions(options.seed());
        options.sizes().forEach(sized::with);
        options.flags().forEach(sized::withFlag);
        sized.with("inputs", data.inputCount()).with("outputs", data.targetCount())
                .with(columnsOption(lesson).name(), data.samples());
        Lesson built = lesson.build(sized);
        write(built, "X", data.inputs());
        write(built, "Y", data.targets());
        return built;
    }

    /** The option that sets X's columns: samples in a batch, or steps of a sequence. */
    private static LessonOption columnsOption(LessonKind lesson) {
        LessonOption batch = lesson.option("batch");
        LessonOption steps = lesson.option("steps");
        if ((batch == null) == (steps == null) || lesson.option("inputs") == null || lesson.option("outputs") == null) {
            throw new IllegalArgumentException(Texts.get("train.data.unsupported", lesson.kind()));
        }
        return batch != null ? batch : steps;
    }

    private static LessonOption option(LessonKind lesson, String name) {
        LessonOption option = lesson.option(name);
        if (option == null) {
            throw new IllegalArgumentException(Texts.get("train.data.unsupported", lesson.kind()));
        }
        return option;
    }

    /** Sample s, value k goes to row k, column s of the named block (one column per sample). */
    private static void write(Lesson lesson, String name, double[][] rows) {
        ReferenceValue block = Ranges.resolve(lesson.workbook(), null, name);
        if (block.columns() != rows.length || block.rows() != rows[0].length) {
            throw new IllegalArgumentException(Texts.get("train.data.unsupported", lesson.kind()));
        }
        Sheet sheet = lesson.workbook().sheet(block.sheet());
        for (int s = 0; s < rows.length; s++) {
            for (int k = 0; k < rows[s].length; k++) {
                Cell cell = sheet.cellForWrite(block.top() + k, block.left() + s);
                cell.setValue(new NumberValue(rows[s][k]));
            }
        }
    }
}
