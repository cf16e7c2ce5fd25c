package org.aibyhand.engine.walkthrough;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.value.ReferenceValue;

/**
 * Checks the gradients a workbook computes against central finite differences of its loss. Each parameter cell
 * is moved to x + h and x − h by the calculator, as if a person typed the numbers, the loss read each time, and
 * the original value put back exactly.
 *
 * <p>Why these numbers, for losses and gradients of ordinary size in double precision:
 * <ul>
 * <li>Step {@code h = 1e-5 · max(1, |x|)}: the central difference errs by about h²·L'''/6 (truncation) plus
 * ε·|L|/h (rounding of the loss, ε ≈ 2.2e-16); both are about 1e-11 near h = ε^(1/3) ≈ 6e-6, so 1e-5 sits at
 * the bottom of that valley. Scaling with |x| keeps the move relative for large parameters, and dividing by
 * the step actually taken ({@code (x+h) − (x−h)} in floating point) removes the error of representing x ± h.</li>
 * <li>Relative error {@code |fd − g| / max(|fd|, |g|, floor)} with {@code floor = 1e-3 · max(1, |L|)}:
 * gradients smaller than that are compared absolutely, because the rounding noise of the difference quotient
 * scales with the loss, not with the gradient; a parameter the loss does not depend on then agrees with a
 * claimed 0 instead of giving 0/0, and noise of 1e-11·|L| on a gradient of 1e-9 does not fail the check.</li>
 * <li>AGREES below 1e-5: a right gradient lands near 1e-8 or below (1e-5 still allows loss rounding a
 * thousand times worse than estimated). DISAGREES above 1e-2: the usual line beyond which a gradient is
 * wrong, not noisy. Between is CLOSE: a ReLU kink inside the step, or a gradient drowned by rounding.</li>
 * </ul>
 */
public final class GradientCheck {
    /** The step, relative to max(1, |x|). */
    static final double STEP = 1e-5;
    /** The floor of the relative error's denominator, relative to max(1, |loss|). */
    static final double FLOOR = 1e-3;
    static final double AGREES_BELOW = 1e-5;
    static final double CLOSE_BELOW = 1e-2;

    private GradientCheck() {
    }

    /**
     * Parameter cells and the cells claiming their gradients (null when none are claimed). The claimed range
     * has the parameters' shape, or the transposed shape (a layout with one column per parameter row), in which
     * case parameter (i, j) is claimed at (j, i); a square block laid out transposed is given row by row with
     * {@link #eachRowAgainstColumn}.
     */
    public record Target(ReferenceValue parameters, ReferenceValue claimed) {
        public Target {
            if (parameters == null) {
                throw new IllegalArgumentException("A target needs a parameter range");
            }
            if (claimed != null && !sameShape(parameters, claimed) && !transposed(parameters, claimed)) {
                throw new IllegalArgumentException("The gradient range is " + claimed.rows() + "\u00d7" + claimed.columns()
                        + " but the parameters are " + parameters.rows() + "\u00d7" + parameters.columns()
                        + ": it must have the same shape or the transposed one");
            }
        }

        /**
         * One target per parameter row, each claimed by the matching column of {@code claimed}: for gradients
         * laid out transposed, which for a square block the shapes alone cannot tell.
         */
        public static List<Target> eachRowAgainstColumn(ReferenceValue parameters, ReferenceValue claimed) {
            if (!transposed(parameters, claimed)) {
                throw new IllegalArgumentException("The gradient range must have a column for each parameter row");
            }
            List<Target> rows = new ArrayList<>();
            for (int i = 0; i < parameters.rows(); i++) {
                rows.add(new Target(
                        new ReferenceValue(parameters.sheet(), parameters.top() + i, parameters.left(), parameters.top() + i, parameters.right()),
                        new ReferenceValue(claimed.sheet(), claimed.top(), claimed.left() + i, claimed.bottom(), claimed.left() + i)));
            }
            return rows;
        }

        /** Where the gradient of parameter (i, j) is claimed, as {row, column}; only when claimed is not null. */
        int[] claimedAt(int i, int j) {
            return sameShape(parameters, claimed) ? new int[] {claimed.top() + i, claimed.left() + j}
                    : new int[] {claimed.top() + j, claimed.left() + i};
        }

        int size() {
            return parameters.rows() * parameters.columns();
        }

        private static boolean sameShape(ReferenceValue a, ReferenceValue b) {
            return a.rows() == b.rows() && a.columns() == b.columns();
        }

        private static boolean transposed(ReferenceValue a, ReferenceValue b) {
            return a.rows() == b.columns() && a.columns() == b.rows();
        }
    }

    /** The loss cell and what to check against it. */
    public record Request(ReferenceValue loss, List<Target> targets) {
        public Request {
            if (loss == null || !loss.isSingleCell()) {
                throw new IllegalArgumentException("The loss must be a single cell");
            }
            targets = List.copyOf(targets);
        }
    }

    /** Hears how far the check is and may stop it; called on the checking thread. */
    public interface Progress {
        void checked(int done, int total);

        boolean cancelled();
    }

    /**
     * Checks every parameter cell of {@code request} on {@code snapshot}, which it recalculates fully first and
     * edits while it runs: pass a {@link org.aibyhand.engine.book.WorkbookCopy} to run off the thread that owns
     * the original. Returns a row per parameter in the targets' order, row by row within each; when cancelled,
     * the rows done so far. Every parameter is back at its exact original value when this returns or throws.
     */
    public static List<GradientCheckRow> run(Workbook snapshot, Request request, Progress progress) {
        Calculator calculator = new Calculator(snapshot);
        calculator.recalculateAll();
        int total = request.targets().stream().mapToInt(Target::size).sum();
        CentralDifference difference = new CentralDifference(calculator, request.loss());
        List<GradientCheckRow> rows = new ArrayList<>(total);
        for (Target target : request.targets()) {
            for (int i = 0; i < target.parameters().rows(); i++) {
                for (int j = 0; j < target.parameters().columns(); j++) {
                    if (progress != null && progress.cancelled()) {
                        return rows;
                    }
                    rows.add(difference.check(target, i, j));
                    if (progress != null) {
                        progress.checked(rows.size(), total);
                    }
                }
            }
        }
        return rows;
    }

    /**
     * The request for a lesson, from its defined names: the loss cell's name and, for each parameter tensor's
     * name, its gradient tensor's name. Targets come in the order the parameters appear in the workbook.
     */
    public static Request forLesson(Workbook book, String lossName, Map<String, String> gradients) {
        List<Target> targets = new ArrayList<>();
        for (Map.Entry<String, String> pair : gradients.entrySet()) {
            targets.add(new Target(Ranges.resolve(book, null, pair.getKey()), Ranges.resolve(book, null, pair.getValue())));
        }
        targets.sort(Comparator.comparingInt((Target t) -> t.parameters().sheet())
                .thenComparingInt(t -> t.parameters().top()).thenComparingInt(t -> t.parameters().left()));
        return new Request(Ranges.resolve(book, null, lossName), targets);
    }

    /**
     * A loss written as a formula, for a sheet that has no loss cell (Backpropgation.xlsx computes the
     * softmax and its gradient but never the cross-entropy): the formula goes into a free cell of the snapshot,
     * two columns right of everything on the sheet, and that cell is returned.
     */
    public static ReferenceValue placeLoss(Workbook snapshot, int sheetIndex, String formula) {
        Sheet sheet = snapshot.sheet(sheetIndex);
        int column = 0;
        for (Cell cell : sheet) {
            column = Math.max(column, cell.column() + 2);
        }
        Formula loss = Formula.parse(formula, 0, column, FormulaKind.PLAIN);
        if (!loss.isParsed()) {
            throw new IllegalArgumentException("The loss formula cannot be read: " + loss.problem());
        }
        sheet.cellForWrite(0, column).setFormula(loss);
        return new ReferenceValue(sheetIndex, 0, column, 0, column);
    }
}
