package org.aibyhand.lesson;

import org.aibyhand.engine.book.DefinedName;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;

/**
 * Reads a lesson's tensors through their workbook-level defined names ({@code 'Sheet'!$D$5:$F$7}), as a user
 * or another program would find them, so the tests depend on the names and not on the builder's layout.
 */
final class NamedTensors {
    private NamedTensors() {
    }

    /** The range a workbook-level name refers to; fails when the name is missing or is not one range. */
    static Area area(Workbook book, String name) {
        String text = definition(book, name).text();
        return Area.parse(text.substring(text.lastIndexOf('!') + 1).replace("$", ""));
    }

    static Sheet sheet(Workbook book, String name) {
        String text = definition(book, name).text();
        String sheet = text.substring(0, text.lastIndexOf('!'));
        if (sheet.startsWith("'")) {
            sheet = sheet.substring(1, sheet.length() - 1).replace("''", "'");
        }
        return book.sheet(sheet);
    }

    /** The numbers of a named range, row by row; fails on any cell that does not hold a number. */
    static double[][] read(Workbook book, String name) {
        Area area = area(book, name);
        Sheet sheet = sheet(book, name);
        double[][] values = new double[area.rows()][area.columns()];
        for (int i = 0; i < area.rows(); i++) {
            for (int j = 0; j < area.columns(); j++) {
                Value value = sheet.value(area.top() + i, area.left() + j);
                if (!(value instanceof NumberValue number)) {
                    throw new AssertionError(name + "(" + i + "," + j + ") is not a number: " + value);
                }
                values[i][j] = number.value();
            }
        }
        return values;
    }

    private static DefinedName definition(Workbook book, String name) {
        DefinedName defined = book.resolveName(name, null);
        if (defined == null || defined.scope() != null) {
            throw new AssertionError("no workbook-level name " + name);
        }
        return defined;
    }
}
