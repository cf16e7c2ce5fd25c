package org.aibyhand.lesson.compare;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.value.ReferenceValue;

/**
 * The critical path of a workbook's dependency graph: the largest number of formulas that must be computed one
 * after another, however many processors there are. A constant has depth 0, a formula one more than the deepest
 * formula it reads. Walked with an explicit stack, since a recurrence over thousands of steps is that deep.
 */
final class CriticalPath {
    private final Calculator calculator;
    private final Workbook book;
    private final Map<Cell, Integer> depths = new HashMap<>();

    CriticalPath(Calculator calculator) {
        this.calculator = calculator;
        this.book = calculator.workbook();
    }

    /** The depth of the deepest formula of every sheet. */
    int longest() {
        int longest = 0;
        for (Sheet sheet : book.sheets()) {
            for (Cell cell : sheet) {
                if (cell.hasFormula()) {
                    longest = Math.max(longest, depth(cell));
                }
            }
        }
        return longest;
    }

    private int depth(Cell start) {
        Integer known = depths.get(start);
        if (known != null) {
            return known;
        }
        Deque<Cell> stack = new ArrayDeque<>();
        stack.push(start);
        while (!stack.isEmpty()) {
            Cell cell = stack.peek();
            if (depths.containsKey(cell)) {
                stack.pop();
                continue;
            }
            int deepest = 0;
            boolean ready = true;
            for (ReferenceValue range : calculator.precedents(cell)) {
                Sheet sheet = book.sheet(range.sheet());
                for (int r = range.top(); r <= range.bottom(); r++) {
                    for (int c = range.left(); c <= range.right(); c++) {
                        Cell read = sheet.cell(r, c);
                        if (read == null || !read.hasFormula() || read == cell) {
                            continue;
                        }
                        Integer depth = depths.get(read);
                        if (depth == null) {
                            ready = false;
                            stack.push(read);
                        } else {
                            deepest = Math.max(deepest, depth);
                        }
                    }
                }
            }
            if (ready) {
                depths.put(cell, deepest + 1);
                stack.pop();
            }
        }
        return depths.get(start);
    }
}
