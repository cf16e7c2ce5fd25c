package org.aibyhand.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.aibyhand.engine.book.Plan;

/**
 * Undo and redo of edits. Each step is what one user action changed: the cells, with their content before and
 * after, so undoing restores exactly what was there (formulas included), or the walkthrough plan.
 */
final class EditHistory {
    /** One cell's content before and after an action. */
    record Change(int sheet, int row, int column, CellContent before, CellContent after) {
    }

    /** One action: the cells it changed, or (when {@code planAfter} is not null) the plan it replaced. */
    record Step(List<Change> cells, Plan planBefore, Plan planAfter) {
        boolean changesPlan() {
            return planAfter != null;
        }
    }

    private static final int LIMIT = 1000;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();

    void record(List<Change> cells) {
        if (!cells.isEmpty()) {
            push(new Step(List.copyOf(cells), null, null));
        }
    }

    void recordPlan(Plan before, Plan after) {
        push(new Step(List.of(), before, after));
    }

    private void push(Step step) {
        undo.push(step);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The step to undo, moved to the redo stack; null when there is none. */
    Step takeUndo() {
        Step step = undo.poll();
        if (step != null) {
            redo.push(step);
        }
        return step;
    }

    /** The step to redo, moved back to the undo stack; null when there is none. */
    Step takeRedo() {
        Step step = redo.poll();
        if (step != null) {
            undo.push(step);
        }
        return step;
    }
}
