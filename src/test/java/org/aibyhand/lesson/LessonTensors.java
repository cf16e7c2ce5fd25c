package org.aibyhand.lesson;

import org.aibyhand.engine.book.DefinedName;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.graph.ChangeSet;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;

/**
 * Reads and writes a lesson's tensors through their workbook-level defined names ({@code Sheet!$D$7:$F$9}),
 * so tests see the workbook as a user or another program would, not the builder's own bookkeeping.
 */
public final class LessonTensors {
    private LessonTensors() {
    }

    /** The range a workbook-level name refers to, or null when the name is not defined. */
    public static Area area(Workbook book, String name) {
        DefinedName defined = book.resolveName(name, null);
        if (defined == null) {
            return null;
        }
        String text = defined.text();
        return Area.parse(text.substring(text.lastIndexOf('!') + 1).replace("$", ""));
    }

    public static Sheet sheet(Workbook book, String name) {
        String text = book.resolveName(name, null).text();
        String sheetName = text.substring(0, text.lastIndexOf('!'));
        if (sheetName.startsWith("'")) {
            sheetName = sheetName.substring(1, sheetName.length() - 1).replace("''", "'");
        }
        return book.sheet(sheetName);
    }

    /** The named tensor's numbers, row by row; fails on anything that is not a number. */
    public static double[][] read(Workbook book, String name) {
        Area area = area(book, name);
        if (area == null) {
            throw new AssertionError("no defined name " + name);
        }
        Sheet sheet = sheet(book, name);
        double[][] values = new double[area.rows()][area.columns()];
        for (int i = 0; i < area.rows(); i++) {
            for (int j = 0; j < area.columns(); j++) {
                values[i][j] = number(sheet, area.top() + i, area.left() + j, name + "[" + i + "][" + j + "]");
            }
        }
        return values;
    }

    /** The numbers of any area of the lesson's sheet (for blocks that have no name, such as long scans' steps). */
    public static double[][] read(Sheet sheet, Area area) {
        double[][] values = new double[area.rows()][area.columns()];
        for (int i = 0; i < area.rows(); i++) {
            for (int j = 0; j < area.columns(); j++) {
                values[i][j] = number(sheet, area.top() + i, area.left() + j, area + "[" + i + "][" + j + "]");
            }
        }
        return values;
    }

    /** Sets element (i, j) of a named tensor through the calculator, which recomputes what depends on it. */
    public static ChangeSet set(Calculator calculator, String name, int i, int j, double value) {
        Workbook book = calculator.workbook();
        Area area = area(book, name);
        return calculator.setValue(sheet(book, name), area.top() + i, area.left() + j, new NumberValue(value));
    }

    private static double number(Sheet sheet, int row, int column, String what) {
        Value value = sheet.value(row, column);
        if (!(value instanceof NumberValue number)) {
            throw new AssertionError(what + " is " + value + ", not a number");
        }
        return number.value();
    }
}
