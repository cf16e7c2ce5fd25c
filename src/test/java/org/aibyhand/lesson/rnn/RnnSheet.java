package org.aibyhand.lesson.rnn;

import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonOptions;

import java.util.LinkedHashMap;
import java.util.Map;
import org.aibyhand.engine.book.DefinedName;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;

/**
 * A built RNN lesson under test: its tensors read through their defined names (time along the second index,
 * also when the sheet is drawn transposed) and its cells edited through the calculator.
 */
public final class RnnSheet {
    public final Lesson lesson;
    public final Calculator calculator;
    public final boolean transposed;
    private final Sheet sheet;

    RnnSheet(Lesson lesson, boolean transposed) {
        this.lesson = lesson;
        this.transposed = transposed;
        this.sheet = lesson.workbook().sheet(0);
        this.calculator = new Calculator(lesson.workbook());
        calculator.recalculateAll();
    }

    public static RnnSheet of(long seed, int inputs, int hidden, int outputs, int steps, boolean transposed) {
        LessonOptions options = new LessonOptions(seed).with("inputs", inputs).with("hidden", hidden)
                .with("outputs", outputs).with("steps", steps);
        return new RnnSheet(RnnLesson.build(options, transposed), transposed);
    }

    /** The sheet area a defined name covers. */
    public Area area(String name) {
        DefinedName defined = lesson.workbook().resolveName(name, null);
        if (defined == null) {
            throw new AssertionError("no defined name " + name);
        }
        String text = defined.text();
        return Area.parse(text.substring(text.indexOf('!') + 1).replace("$", ""));
    }

    public int rows(String name) {
        Area area = area(name);
        return transposed ? area.columns() : area.rows();
    }

    public int columns(String name) {
        Area area = area(name);
        return transposed ? area.rows() : area.columns();
    }

    public int row(String name, int i, int j) {
        return area(name).top() + (transposed ? j : i);
    }

    public int column(String name, int i, int j) {
        return area(name).left() + (transposed ? i : j);
    }

    public double value(String name, int i, int j) {
        Value value = sheet.value(row(name, i, j), column(name, i, j));
        if (!(value instanceof NumberValue number)) {
            throw new AssertionError(name + "[" + i + "][" + j + "] is " + value + ", not a number");
        }
        return number.value();
    }

    public double[][] read(String name) {
        Area area = area(name);
        int rows = transposed ? area.columns() : area.rows();
        int columns = transposed ? area.rows() : area.columns();
        double[][] m = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                m[i][j] = value(name, i, j);
            }
        }
        return m;
    }

    public Map<String, double[][]> givens() {
        Map<String, double[][]> given = new LinkedHashMap<>();
        for (String name : RnnReference.GIVENS) {
            given.put(name, read(name));
        }
        return given;
    }

    public double loss() {
        return value(lesson.loss(), 0, 0);
    }

    /** Puts a constant in element (i, j) of a named block; the calculator updates what depends on it. */
    public void set(String name, int i, int j, double value) {
        calculator.setValue(sheet, row(name, i, j), column(name, i, j), new NumberValue(value));
    }
}
