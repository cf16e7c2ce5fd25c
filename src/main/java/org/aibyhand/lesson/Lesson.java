package org.aibyhand.lesson;

import java.util.List;
import java.util.Map;
import org.aibyhand.engine.book.Workbook;

/**
 * A generated lesson: a workbook of formulas, its walkthrough plan, the name of its loss cell and, for each
 * parameter tensor, the tensor holding its gradient (both by defined name), so the gradient check knows what
 * to compare.
 */
public record Lesson(String kind, String title, Workbook workbook, List<Stage> plan, String loss,
        Map<String, String> gradients) {

    public Lesson {
        plan = List.copyOf(plan);
        gradients = Map.copyOf(gradients);
    }
}
