package org.aibyhand.engine.graph;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.aibyhand.engine.book.Cell;

/**
 * What one edit or recalculation changed: every cell whose shown value changed (edited cells, recomputed
 * formulas, spilled cells), and how many formula evaluations it took.
 */
public final class ChangeSet {
    private static final AtomicInteger STAMPS = new AtomicInteger();

    /**
     * Cells are kept once each by stamping them with this record's number while it is being filled, so a full
     * recalculation of millions of cells costs one list slot per change rather than a hash-set entry.
     */
    private final int stamp = STAMPS.incrementAndGet();
    private final List<Cell> changed = new ArrayList<>();
    private Set<Cell> lookup;
    private int evaluations;

    void add(Cell cell) {
        if (cell.changeStamp() != stamp) {
            cell.setChangeStamp(stamp);
            changed.add(cell);
            lookup = null;
        }
    }

    void countEvaluation() {
        evaluations++;
    }

    void countEvaluations(int count) {
        evaluations += count;
    }

    /** Cells whose value changed, in the order they were computed. */
    public Set<Cell> changedCells() {
        return Collections.unmodifiableSet(new AbstractSet<>() {
            @Override
            public Iterator<Cell> iterator() {
                return changed.iterator();
            }

            @Override
            public int size() {
                return changed.size();
            }

            @Override
            public boolean contains(Object cell) {
                return cell instanceof Cell c && ChangeSet.this.contains(c);
            }
        });
    }

    /** Formula evaluations performed, including retries after a precedent was found not ready. */
    public int evaluations() {
        return evaluations;
    }

    public boolean contains(Cell cell) {
        if (lookup == null) { // built on first question: stamps are overwritten by later changes
            lookup = new HashSet<>(changed);
        }
        return lookup.contains(cell);
    }
}
