package org.aibyhand.engine.walkthrough;

import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.eval.Evaluator;
import org.aibyhand.engine.eval.PendingCell;
import org.aibyhand.engine.formula.BinaryOperator;
import org.aibyhand.engine.formula.Expr;
import org.aibyhand.engine.formula.FormulaPrinter;
import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.LambdaValue;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.value.Value;

/**
 * Prints a formula with each reference replaced by what it currently holds: a cell by its value, a small
 * range by an array constant, a large one by its address and size. References are resolved by the
 * calculator's own evaluator, so names, spills and other sheets mean exactly what they mean to the formula.
 */
final class ValueSubstitution implements FormulaPrinter.Substitution {
    /** Ranges up to this many cells are spelled out; a 3x4 block still fits on a line. */
    static final int MAX_SPELLED_OUT = 12;

    private final Workbook book;
    private final Evaluator evaluator;
    private final Cell host;

    ValueSubstitution(Workbook book, Evaluator evaluator, Cell host) {
        this.book = book;
        this.evaluator = evaluator;
        this.host = host;
    }

    @Override
    public String reference(Expr reference) {
        Value value;
        try {
            value = evaluator.evaluate(reference, host.sheet(), host.row(), host.column(), false);
        } catch (PendingCell notYetComputed) { // explanations are asked for between edits, so this is rare
            return null;
        }
        if (value instanceof ReferenceValue range) {
            if (range.isSingleCell()) {
                return ValueText.operand(book.sheet(range.sheet()).value(range.top(), range.left()));
            }
            long size = (long) range.rows() * range.columns();
            return size <= MAX_SPELLED_OUT ? ValueText.array(read(range)) : sized(reference, size);
        }
        if (value instanceof ArrayValue array) {
            return array.size() <= MAX_SPELLED_OUT ? ValueText.array(array) : sized(reference, array.size());
        }
        return value instanceof LambdaValue ? null : ValueText.operand(value);
    }

    /** Adding, subtracting, joining and comparing are spaced out; products and powers stay tight. */
    @Override
    public String operator(BinaryOperator operator) {
        boolean spaced = operator.isComparison() || operator == BinaryOperator.ADD
                || operator == BinaryOperator.SUBTRACT || operator == BinaryOperator.CONCAT;
        return spaced ? " " + operator.symbol() + " " : operator.symbol();
    }

    /** A range too large to spell out: as written, with how many values it holds. */
    private String sized(Expr reference, long size) {
        String written = FormulaPrinter.print(reference, host.row(), host.column(), FormulaPrinter.Style.DISPLAY);
        return written + "(" + size + " values)";
    }

    private ArrayValue read(ReferenceValue range) {
        Sheet sheet = book.sheet(range.sheet());
        Value[] values = new Value[range.rows() * range.columns()];
        int i = 0;
        for (int r = range.top(); r <= range.bottom(); r++) {
            for (int c = range.left(); c <= range.right(); c++) {
                values[i++] = sheet.value(r, c);
            }
        }
        return new ArrayValue(range.rows(), range.columns(), values);
    }
}
