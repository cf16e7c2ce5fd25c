package org.aibyhand.engine.function;

import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.eval.Evaluator;
import org.aibyhand.engine.formula.FormulaParser;
import org.aibyhand.engine.formula.FormulaSyntaxException;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Value;

/**
 * The cells a function test reads, held in a real {@link Workbook} (sheets "Sheet1" and "Sheet2"), and one host
 * cell where the formula under test is written. Formulas are parsed by the real parser and evaluated by the real
 * {@link Evaluator}, so the tables test the functions exactly as a workbook calls them: references arrive unread,
 * omitted arguments as EmptyValue, plain formulas intersect ranges and array formulas map over them.
 */
final class Grid {
    private final Workbook book = new Workbook();
    private int hostRow;
    private int hostColumn;
    private boolean arrayMode;

    Grid() {
        book.addSheet("Sheet1");
        book.addSheet("Sheet2");
    }

    /** Sets a constant on Sheet1: a number, string, boolean or Value; null leaves the cell blank. */
    Grid put(String a1, Object content) {
        return put(0, a1, content);
    }

    /** Sets a constant on the sheet of that index (0 is Sheet1, 1 is Sheet2). */
    Grid put(int sheet, String a1, Object content) {
        CellAddress address = CellAddress.parse(a1);
        Sheet target = book.sheet(sheet);
        if (content != null) {
            target.cellForWrite(address.row(), address.column()).setValue(toValue(content));
        } else if (target.cell(address.row(), address.column()) != null) {
            target.cell(address.row(), address.column()).setValue(EmptyValue.INSTANCE);
        }
        return this;
    }

    /** Puts a column of constants downwards from {@code a1}; null entries stay blank. */
    Grid column(String a1, Object... contents) {
        CellAddress start = CellAddress.parse(a1);
        for (int i = 0; i < contents.length; i++) {
            put(new CellAddress(start.row() + i, start.column()).toA1(), contents[i]);
        }
        return this;
    }

    /** The cell on Sheet1 that holds the formula under test (A1 unless set). */
    Grid host(String a1) {
        CellAddress address = CellAddress.parse(a1);
        hostRow = address.row();
        hostColumn = address.column();
        return this;
    }

    /** Whether the formula is evaluated as an array formula (it maps over ranges) or a plain one. */
    Grid arrayMode(boolean on) {
        arrayMode = on;
        return this;
    }

    /** The raw result of {@code formula} (no leading '=') at the host cell: a reference result stays one. */
    Value evaluate(String formula) {
        try {
            var expr = FormulaParser.parse(formula, hostRow, hostColumn);
            return new Evaluator(book, FunctionRegistry.standard())
                    .evaluate(expr, book.sheet(0), hostRow, hostColumn, arrayMode);
        } catch (FormulaSyntaxException e) {
            throw new IllegalArgumentException("test formula does not parse: " + formula, e);
        }
    }

    private static Value toValue(Object content) {
        if (content instanceof Value value) {
            return value;
        }
        if (content instanceof Number number) {
            return new NumberValue(number.doubleValue());
        }
        if (content instanceof Boolean bool) {
            return BooleanValue.of(bool);
        }
        if (content instanceof String text) {
            return new TextValue(text);
        }
        throw new IllegalArgumentException("cannot put " + content);
    }
}
