package org.aibyhand.engine.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.value.ReferenceValue;

/**
 * Range references as nodes of their own: each distinct range read by formulas is one node listing its
 * dependent formulas, found from a changed cell through a per-column list. This keeps one edge per
 * (formula, range) instead of one per (formula, cell of the range).
 */
final class RangeIndex {

    /** One distinct range and the formulas that read it. */
    static final class RangeNode {
        final ReferenceValue range;
        final List<Cell> dependents = new ArrayList<>(2);

        RangeNode(ReferenceValue range) {
            this.range = range;
        }
    }

    private final Map<ReferenceValue, RangeNode> nodes = new HashMap<>();
    /** Per sheet, per column: the nodes whose range covers that column. */
    private final Map<Integer, Map<Integer, List<RangeNode>>> byColumn = new HashMap<>();

    void add(ReferenceValue range, Cell dependent) {
        RangeNode node = nodes.get(range);
        if (node == null) {
            node = new RangeNode(range);
            nodes.put(range, node);
            Map<Integer, List<RangeNode>> columns = byColumn.computeIfAbsent(range.sheet(), s -> new HashMap<>());
            for (int c = range.left(); c <= range.right(); c++) {
                columns.computeIfAbsent(c, k -> new ArrayList<>(2)).add(node);
            }
        }
        node.dependents.add(dependent);
    }

    void remove(ReferenceValue range, Cell dependent) {
        RangeNode node = nodes.get(range);
        if (node == null) {
            return;
        }
        node.dependents.remove(dependent);
        if (node.dependents.isEmpty()) {
            nodes.remove(range);
            Map<Integer, List<RangeNode>> columns = byColumn.get(range.sheet());
            for (int c = range.left(); c <= range.right(); c++) {
                List<RangeNode> list = columns.get(c);
                list.remove(node);
                if (list.isEmpty()) {
                    columns.remove(c);
                }
            }
        }
    }

    /** Calls {@code action} for each formula that reads a range containing the cell. */
    void forEachDependent(int sheet, int row, int column, java.util.function.Consumer<Cell> action) {
        Map<Integer, List<RangeNode>> columns = byColumn.get(sheet);
        List<RangeNode> candidates = columns == null ? null : columns.get(column);
        if (candidates == null) {
            return;
        }
        for (RangeNode node : candidates) {
            if (row >= node.range.top() && row <= node.range.bottom()) {
                node.dependents.forEach(action);
            }
        }
    }

    int size() {
        return nodes.size();
    }
}
