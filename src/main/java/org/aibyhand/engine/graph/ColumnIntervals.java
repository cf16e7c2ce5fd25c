package org.aibyhand.engine.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The range nodes covering one column, found by row in O(log n + hits): the nodes sorted by top row form an
 * implicit balanced search tree (the middle of each slice is its root), each root knowing the largest bottom
 * row below it, so whole slices that end above the row are skipped. Nodes added since the last sort wait in a
 * short list, and removed ones are only flagged, so an edit never re-sorts; the column is re-sorted on a query
 * once the list or the removals grow past a fraction of the sorted part.
 */
final class ColumnIntervals {
    private static final Comparator<RangeIndex.RangeNode> BY_TOP = Comparator.comparingInt(n -> n.range.top());

    private RangeIndex.RangeNode[] sorted = new RangeIndex.RangeNode[0];
    private int[] maxBottom = new int[0];
    private final List<RangeIndex.RangeNode> recent = new ArrayList<>();
    private int removed;

    void add(RangeIndex.RangeNode node) {
        recent.add(node);
    }

    /** The node no longer has dependents; it is skipped until the next re-sort drops it. */
    void remove(RangeIndex.RangeNode node) {
        if (!recent.remove(node)) {
            removed++;
        }
    }

    boolean isEmpty() {
        return recent.isEmpty() && sorted.length == removed;
    }

    /** Calls {@code action} for each dependent of a live node whose rows include {@code row}. */
    void forEachDependent(int row, Consumer<org.aibyhand.engine.book.Cell> action) {
        forEachNode(row, row, node -> node.dependents.forEach(action)); // a removed node has none
    }

    /** Calls {@code action} for each node whose rows overlap {@code top..bottom} (removed ones included). */
    void forEachNode(int top, int bottom, Consumer<RangeIndex.RangeNode> action) {
        if (recent.size() > 16 + sorted.length / 8 || removed > 16 + sorted.length / 2) {
            rebuild();
        }
        query(0, sorted.length, top, bottom, action);
        for (int i = 0; i < recent.size(); i++) {
            RangeIndex.RangeNode node = recent.get(i);
            if (top <= node.range.bottom() && bottom >= node.range.top()) {
                action.accept(node);
            }
        }
    }

    private void query(int lo, int hi, int top, int bottom, Consumer<RangeIndex.RangeNode> action) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (maxBottom[mid] < top) {
                return;
            }
            query(lo, mid, top, bottom, action);
            RangeIndex.RangeNode node = sorted[mid];
            if (node.range.top() > bottom) {
                return;
            }
            if (node.range.bottom() >= top) {
                action.accept(node);
            }
            lo = mid + 1;
        }
    }

    private void rebuild() {
        List<RangeIndex.RangeNode> live = new ArrayList<>(sorted.length - removed + recent.size());
        for (RangeIndex.RangeNode node : sorted) {
            if (!node.dependents.isEmpty()) {
                live.add(node);
            }
        }
        live.addAll(recent);
        recent.clear();
        removed = 0;
        sorted = live.toArray(new RangeIndex.RangeNode[0]);
        Arrays.sort(sorted, BY_TOP);
        maxBottom = new int[sorted.length];
        fillMaxBottom(0, sorted.length);
    }

    /** Sets each slice root's largest bottom row over its slice; returns that of the whole slice. */
    private int fillMaxBottom(int lo, int hi) {
        if (lo >= hi) {
            return -1;
        }
        int mid = (lo + hi) >>> 1;
        int max = Math.max(sorted[mid].range.bottom(), Math.max(fillMaxBottom(lo, mid), fillMaxBottom(mid + 1, hi)));
        maxBottom[mid] = max;
        return max;
    }
}
