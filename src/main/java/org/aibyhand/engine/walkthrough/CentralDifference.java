package org.aibyhand.engine.walkthrough;

import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.walkthrough.GradientCheckRow.Verdict;

/**
 * Checks one parameter cell at a time on a calculated workbook: moves it by ±h through the calculator, reads
 * the loss, puts the original value back, and compares the difference quotient with the claimed gradient.
 * Step, floor and thresholds are explained on {@link GradientCheck}.
 */
final class CentralDifference {
    private final Calculator calculator;
    private final Workbook book;
    private final Sheet lossSheet;
    private final int lossRow;
    private final int lossColumn;
    /** The loss before any move; NaN when it is not a number, which skips every parameter. */
    private final double loss;
    private final double floor;

    CentralDifference(Calculator calculator, ReferenceValue loss) {
        this.calculator = calculator;
        this.book = calculator.workbook();
        this.lossSheet = book.sheet(loss.sheet());
        this.lossRow = loss.top();
        this.lossColumn = loss.left();
        this.loss = currentLoss();
        this.floor = GradientCheck.FLOOR * Math.max(1, Math.abs(this.loss));
    }

    /** The row for parameter (i, j) of {@code target}. */
    GradientCheckRow check(GradientCheck.Target target, int i, int j) {
        ReferenceValue parameters = target.parameters();
        Sheet sheet = book.sheet(parameters.sheet());
        int row = parameters.top() + i;
        int column = parameters.left() + j;
        CellAddress address = new CellAddress(row, column);
        double claimed = target.claimed() == null ? Double.NaN : claimedGradient(target, i, j);
        Cell cell = sheet.cell(row, column);
        Value original = sheet.value(row, column);
        double x = original instanceof NumberValue number ? number.value() : Double.NaN;
        boolean constant = cell != null && !cell.hasFormula() && cell.spillAnchor() == null;
        if (!constant || Double.isNaN(x) || Double.isNaN(loss)) {
            return new GradientCheckRow(sheet.name(), address, x, claimed, Double.NaN, Double.NaN, Verdict.SKIPPED);
        }
        double h = GradientCheck.STEP * Math.max(1, Math.abs(x));
        double up = x + h;
        double down = x - h;
        double lossUp;
        double lossDown;
        try {
            calculator.setValue(sheet, row, column, new NumberValue(up));
            lossUp = currentLoss();
            calculator.setValue(sheet, row, column, new NumberValue(down));
            lossDown = currentLoss();
        } finally {
            calculator.setValue(sheet, row, column, original);
        }
        double difference = (lossUp - lossDown) / (up - down);
        if (Double.isNaN(difference)) { // the loss stopped being a number on one side
            return new GradientCheckRow(sheet.name(), address, x, claimed, Double.NaN, Double.NaN, Verdict.SKIPPED);
        }
        if (target.claimed() == null) {
            return new GradientCheckRow(sheet.name(), address, x, claimed, difference, Double.NaN, Verdict.NO_CLAIM);
        }
        double error = Math.abs(difference - claimed)
                / Math.max(floor, Math.max(Math.abs(difference), Math.abs(claimed)));
        return new GradientCheckRow(sheet.name(), address, x, claimed, difference, error, verdict(claimed, error));
    }

    private static Verdict verdict(double claimed, double relativeError) {
        if (Double.isNaN(claimed) || !(relativeError < GradientCheck.CLOSE_BELOW)) {
            return Verdict.DISAGREES; // a claimed cell without a number claims nothing usable
        }
        return relativeError < GradientCheck.AGREES_BELOW ? Verdict.AGREES : Verdict.CLOSE;
    }

    private double claimedGradient(GradientCheck.Target target, int i, int j) {
        int[] at = target.claimedAt(i, j);
        Value value = book.sheet(target.claimed().sheet()).value(at[0], at[1]);
        return value instanceof NumberValue number ? number.value() : Double.NaN;
    }

    private double currentLoss() {
        Value value = lossSheet.value(lossRow, lossColumn);
        return value instanceof NumberValue number ? number.value() : Double.NaN;
    }
}
