package org.aibyhand.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Undo and redo of edits. Each step is the list of cells one user action changed, with their content before
 * and after, so undoing restores exactly what was there (formulas included).
 */
final class EditHistory {
    /** One cell's content before and after an action. */
    record Change(int sheet, int row, int column, CellContent before, CellContent after) {
    }

    private static final int LIMIT = 1000;
    private final Deque<List<Change>> undo = new ArrayDeque<>();
    private final Deque<List<Change>> redo = new ArrayDeque<>();

    void record(List<Change> step) {
        if (step.isEmpty()) {
            return;
        }
        undo.push(List.copyOf(step));
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
    List<Change> takeUndo() {
        List<Change> step = undo.poll();
        if (step != null) {
            redo.push(step);
        }
        return step;
    }

    /** The step to redo, moved back to the undo stack; null when there is none. */
    List<Change> takeRedo() {
        List<Change> step = redo.poll();
        if (step != null) {
            undo.push(step);
        }
        return step;
    }
}
