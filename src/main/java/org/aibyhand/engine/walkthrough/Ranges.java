package org.aibyhand.engine.walkthrough;

import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.eval.Evaluator;
import org.aibyhand.engine.eval.PendingCell;
import org.aibyhand.engine.formula.Expr;
import org.aibyhand.engine.formula.FormulaParser;
import org.aibyhand.engine.formula.FormulaSyntaxException;
import org.aibyhand.engine.function.FunctionRegistry;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.value.Value;

/** Reads a range a person types into a dialog: an address, a sheet-qualified address or a defined name. */
public final class Ranges {
    private Ranges() {
    }

    /**
     * The cells {@code text} names, seen from {@code current} (the first sheet when null): {@code A1},
     * {@code $A$1:B3}, {@code Sheet!A1}, {@code 'My Sheet'!A1:B2}, or a defined name referring to a cell or range
     * (a name scoped to {@code current} before the workbook's). The text is read by the formula parser, so it
     * means what it would mean in a formula on {@code current}.
     *
     * @throws IllegalArgumentException with a message to show the user when the text names no cell or range
     */
    public static ReferenceValue resolve(Workbook book, Sheet current, String text) {
        String typed = text == null ? "" : text.strip();
        String body = typed.startsWith("=") ? typed.substring(1).strip() : typed;
        Expr expr;
        try {
            expr = FormulaParser.parse(body, 0, 0); // from A1, relative references are absolute positions
        } catch (FormulaSyntaxException notAReference) {
            throw unknown(typed);
        }
        String sheetName = sheetOf(expr);
        if (sheetName == null) {
            throw unknown(typed);
        }
        if (!sheetName.isEmpty() && book.sheet(sheetName) == null) {
            throw new IllegalArgumentException("No sheet called '" + sheetName + "'");
        }
        Sheet from = current != null ? current : book.sheets().isEmpty() ? null : book.sheet(0);
        if (from == null) {
            throw unknown(typed);
        }
        Value value;
        try {
            value = new Evaluator(book, FunctionRegistry.standard()).evaluate(expr, from, 0, 0, false);
        } catch (PendingCell dynamicNameNotReady) {
            throw new IllegalArgumentException("'" + typed + "' cannot be resolved while the workbook is calculating");
        }
        if (value instanceof ReferenceValue reference) {
            return reference;
        }
        if (expr instanceof Expr.Name && book.resolveName(((Expr.Name) expr).name(), scope(book, expr, from)) != null) {
            throw new IllegalArgumentException("The name '" + typed + "' does not refer to a cell or range");
        }
        throw unknown(typed);
    }

    /** The sheet a cell, range or name is qualified with ("" when it is not), or null for any other formula. */
    private static String sheetOf(Expr expr) {
        String sheet;
        if (expr instanceof Expr.Cell cell) {
            sheet = cell.sheet();
        } else if (expr instanceof Expr.Area area) {
            sheet = area.sheet();
        } else if (expr instanceof Expr.Name name) {
            sheet = name.sheet();
        } else {
            return null;
        }
        return sheet == null ? "" : sheet;
    }

    private static Sheet scope(Workbook book, Expr expr, Sheet from) {
        String sheet = ((Expr.Name) expr).sheet();
        return sheet == null ? from : book.sheet(sheet);
    }

    private static IllegalArgumentException unknown(String text) {
        return new IllegalArgumentException("No cell, range or name called '" + text + "'");
    }
}
