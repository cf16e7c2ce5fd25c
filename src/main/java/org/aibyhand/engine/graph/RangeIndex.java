package org.aibyhand.engine.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.ReferenceValue;

/**
 * Range references as nodes of their own: each distinct range read by formulas is one node listing its
 * dependent formulas, found from a changed cell through an interval index per column
 * ({@link ColumnIntervals}). This keeps one edge per (formula, range) instead of one per (formula, cell of the
 * range), and finding the ranges around a cell costs O(log n + hits) even when thousands share a column.
 */
final class RangeIndex {

    /** One distinct range and the formulas that read it. */
    static final class RangeNode {
        final ReferenceValue range;
        final List<Cell> dependents = new ArrayList<>(2);
        /** The last area query that reached this node, so a range spanning several columns is reported once. */
        int visited;

        RangeNode(ReferenceValue range) {
            this.range = range;
        }
    }

    private int areaQueries;
    private final Map<ReferenceValue, RangeNode> nodes = new HashMap<>();
    /** Per sheet index, per column: the nodes whose range covers that column (null where none). */
    private ColumnIntervals[][] bySheet = new ColumnIntervals[0][];

    void add(ReferenceValue range, Cell dependent) {
        RangeNode node = nodes.get(range);
        if (node == null) {
            node = new RangeNode(range);
            nodes.put(range, node);
            ColumnIntervals[] columns = columnsFor(range.sheet(), range.right());
            for (int c = range.left(); c <= range.right(); c++) {
                if (columns[c] == null) {
                    columns[c] = new ColumnIntervals();
                }
                columns[c].add(node);
            }
        }
        node.dependents.add(dependent);
    }

    private ColumnIntervals[] columnsFor(int sheet, int lastColumn) {
        if (sheet >= bySheet.length) {
            bySheet = Arrays.copyOf(bySheet, sheet + 1);
        }
        ColumnIntervals[] columns = bySheet[sheet];
        if (columns == null || lastColumn >= columns.length) {
            columns = columns == null ? new ColumnIntervals[lastColumn + 1]
                    : Arrays.copyOf(columns, Math.max(lastColumn + 1, columns.length * 2));
            bySheet[sheet] = columns;
        }
        return columns;
    }

    void remove(ReferenceValue range, Cell dependent) {
        RangeNode node = nodes.get(range);
        if (node == null) {
            return;
        }
        node.dependents.remove(dependent);
        if (node.dependents.isEmpty()) {
            nodes.remove(range);
            ColumnIntervals[] columns = bySheet[range.sheet()];
            for (int c = range.left(); c <= range.right(); c++) {
                columns[c].remove(node);
                if (columns[c].isEmpty()) {
                    columns[c] = null;
                }
            }
        }
    }

    /** Calls {@code action} for each formula that reads a range containing the cell. */
    void forEachDependent(int sheet, int row, int column, Consumer<Cell> action) {
        if (sheet >= bySheet.length) {
            return;
        }
        ColumnIntervals[] columns = bySheet[sheet];
        if (columns != null && column < columns.length && columns[column] != null) {
            columns[column].forEachDependent(row, action);
        }
    }

    /** Calls {@code action} for each formula that reads a range overlapping {@code area} of the sheet, once per range. */
    void forEachDependentWithin(int sheet, Area area, Consumer<Cell> action) {
        if (sheet >= bySheet.length || bySheet[sheet] == null) {
            return;
        }
        ColumnIntervals[] columns = bySheet[sheet];
        int query = ++areaQueries;
        Consumer<RangeNode> once = node -> {
            if (node.visited != query) {
                node.visited = query;
                node.dependents.forEach(action);
            }
        };
        for (int c = area.left(); c <= Math.min(area.right(), columns.length - 1); c++) {
            if (columns[c] != null) {
                columns[c].forEachNode(area.top(), area.bottom(), once);
            }
        }
    }

    int size() {
        return nodes.size();
    }
}
