package org.aibyhand.engine.eval;

import org.aibyhand.engine.book.Cell;

/**
 * Thrown when a formula reads a cell whose value is not yet recalculated. The calculator computes that cell
 * first and then evaluates the formula again; this is how dependencies the graph could not see in advance
 * (spills, INDEX results, branches) are ordered without recursion. Carries no stack trace.
 */
public final class PendingCell extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Cell cell;

    PendingCell(Cell cell) {
        super(null, null, false, false);
        this.cell = cell;
    }

    /** The cell that must be computed first. */
    public Cell cell() {
        return cell;
    }
}
