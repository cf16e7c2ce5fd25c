package org.aibyhand.lesson;

import java.util.List;
import java.util.Map;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.book.Workbook;

/**
 * A generated lesson: a workbook of formulas (whose plan is the walkthrough), the name of its loss cell and,
 * for each parameter tensor, the tensor holding its gradient (both by defined name, so the gradient check
 * knows what to compare), each cell's equation in math notation, and for sequence models the hidden state
 * over time (null for the others).
 */
public record Lesson(String kind, String title, Workbook workbook, String loss, Map<String, String> gradients,
        CellNotation notation, OverTime overTime) {

    public Lesson {
        gradients = Map.copyOf(gradients);
    }

    /** The walkthrough stages, as saved with the workbook. */
    public List<Stage> plan() {
        return workbook.plan().stages();
    }
}
