package org.aibyhand.engine.book;

import java.util.List;

/**
 * A workbook's walkthrough: the ordered stages a teacher steps through. Immutable; an edit gives a new plan.
 * A workbook without one has the empty plan.
 */
public record Plan(List<Stage> stages) {
    public static final Plan EMPTY = new Plan(List.of());

    public Plan {
        stages = List.copyOf(stages);
    }

    public boolean isEmpty() {
        return stages.isEmpty();
    }

    public int size() {
        return stages.size();
    }

    public Stage stage(int index) {
        return stages.get(index);
    }
}
