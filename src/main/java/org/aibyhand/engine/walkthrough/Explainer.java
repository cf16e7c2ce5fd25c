package org.aibyhand.engine.walkthrough;

import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.formula.FormulaPrinter;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.Area;

/** Explains a cell: its formula, the formula with numbers, its result and its neighbours in the graph. */
public final class Explainer {
    private Explainer() {
    }

    /**
     * Explains {@code cell} of the calculator's workbook with the values it holds now (call it between edits,
     * not during one). A formula the parser could not read is shown as typed in both forms.
     */
    public static Explanation explain(Calculator calculator, Cell cell) {
        String result = ValueText.of(cell.value());
        if (!cell.hasFormula()) {
            return new Explanation(null, null, result, calculator.precedents(cell), calculator.dependents(cell));
        }
        Formula formula = cell.formula();
        String withNumbers = formula.isParsed()
                ? FormulaPrinter.print(formula.expr(), cell.row(), cell.column(), FormulaPrinter.Style.DISPLAY,
                        new ValueSubstitution(calculator.workbook(), calculator.evaluator(), cell))
                : formula.sourceText();
        return new Explanation(formula.displayText(cell.row(), cell.column()), withNumbers, result + spillNote(cell),
                calculator.precedents(cell), calculator.dependents(cell));
    }

    /** An array result shows its first element; the note says how far the rest reaches. */
    private static String spillNote(Cell anchor) {
        Area area = anchor.spillArea() != null ? anchor.spillArea() : anchor.formula().arrayArea();
        if (area == null || area.cellCount() == 1) {
            return "";
        }
        return " (spills " + area.rows() + "\u00d7" + area.columns() + ")";
    }
}
