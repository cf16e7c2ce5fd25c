package org.aibyhand.engine.walkthrough;

import org.aibyhand.engine.ref.CellAddress;

/**
 * One parameter cell checked: its value, the gradient the workbook claims for it, the central difference of
 * the loss, their relative difference and the verdict. Numbers that were not available are NaN: the claim when
 * none was given or the claimed cell holds no number, the difference and the error when the row was skipped.
 */
public record GradientCheckRow(String sheet, CellAddress parameter, double value, double claimed,
        double finiteDifference, double relativeError, Verdict verdict) {

    /** How the claimed gradient compares with the finite difference. */
    public enum Verdict {
        /** Equal up to the rounding of the difference quotient. */
        AGREES,
        /** Near, but further apart than rounding explains: worth a look (a kink within the step, say). */
        CLOSE,
        /** The claimed gradient is wrong, or the claimed cell holds no number. */
        DISAGREES,
        /** No gradient range was given; only the finite difference is shown. */
        NO_CLAIM,
        /** The parameter is not a number constant, or the loss is not a number. */
        SKIPPED
    }
}
