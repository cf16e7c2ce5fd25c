package org.aibyhand.engine.graph;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.aibyhand.engine.book.Cell;

/**
 * What one edit or recalculation changed: every cell whose shown value changed (edited cells, recomputed
 * formulas, spilled cells), and how many formula evaluations it took.
 */
public final class ChangeSet {
    private final Set<Cell> changed = new LinkedHashSet<>();
    private int evaluations;

    void add(Cell cell) {
        changed.add(cell);
    }

    void countEvaluation() {
        evaluations++;
    }

    /** Cells whose value changed, in the order they were computed. */
    public Set<Cell> changedCells() {
        return Collections.unmodifiableSet(changed);
    }

    /** Formula evaluations performed, including retries after a precedent was found not ready. */
    public int evaluations() {
        return evaluations;
    }

    public boolean contains(Cell cell) {
        return changed.contains(cell);
    }
}
