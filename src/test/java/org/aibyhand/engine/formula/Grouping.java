package org.aibyhand.engine.formula;

/** Prints a tree with every operator parenthesised, to test how the parser grouped it. */
final class Grouping {
    private Grouping() {
    }

    static String show(Expr expr, int row, int column) {
        if (expr instanceof Expr.Binary binary) {
            return "(" + show(binary.left(), row, column) + binary.operator().symbol() + show(binary.right(), row, column) + ")";
        }
        if (expr instanceof Expr.Unary unary) {
            return "(" + unary.operator() + show(unary.operand(), row, column) + ")";
        }
        if (expr instanceof Expr.Percent percent) {
            return "(" + show(percent.operand(), row, column) + "%)";
        }
        if (expr instanceof Expr.Group group) {
            return show(group.inner(), row, column);
        }
        return FormulaPrinter.print(expr, row, column, FormulaPrinter.Style.DISPLAY);
    }
}
