package org.aibyhand.engine.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aibyhand.engine.book.Cell;

/**
 * Finds circular references: the strongly connected components (Tarjan's algorithm, with an explicit stack)
 * of the graph restricted to a set of cells. Every cell of a component with more than one cell, or of one
 * that reads itself, is on a cycle. Whole components are reported, so which cells show #CYCLE! does not
 * depend on the order in which the cells were reached.
 */
final class Cycles {
    private Cycles() {
    }

    /** The cells of {@code nodes} that lie on a cycle among themselves. */
    static Set<Cell> among(Collection<Cell> nodes, TopologicalOrder.Edges edges) {
        Set<Cell> inside = new HashSet<>(nodes);
        Map<Cell, Integer> index = new HashMap<>();
        Map<Cell, Integer> low = new HashMap<>();
        Deque<Cell> stack = new ArrayDeque<>();
        Set<Cell> onStack = new HashSet<>();
        Set<Cell> cyclic = new LinkedHashSet<>();
        for (Cell root : nodes) {
            if (index.containsKey(root)) {
                continue;
            }
            Deque<Frame> calls = new ArrayDeque<>();
            calls.push(open(root, inside, edges, index, low, stack, onStack));
            while (!calls.isEmpty()) {
                Frame frame = calls.peek();
                if (frame.next.hasNext()) {
                    Cell next = frame.next.next();
                    if (next == frame.cell) {
                        frame.readsItself = true;
                    }
                    if (!index.containsKey(next)) {
                        calls.push(open(next, inside, edges, index, low, stack, onStack));
                    } else if (onStack.contains(next)) {
                        low.put(frame.cell, Math.min(low.get(frame.cell), index.get(next)));
                    }
                    continue;
                }
                calls.pop();
                if (!calls.isEmpty()) {
                    Cell parent = calls.peek().cell;
                    low.put(parent, Math.min(low.get(parent), low.get(frame.cell)));
                }
                if (low.get(frame.cell).equals(index.get(frame.cell))) {
                    List<Cell> component = new ArrayList<>();
                    Cell member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        component.add(member);
                    } while (member != frame.cell);
                    if (component.size() > 1 || frame.readsItself) {
                        cyclic.addAll(component);
                    }
                }
            }
        }
        return cyclic;
    }

    /** A cell being visited and the successors still to look at. */
    private static final class Frame {
        final Cell cell;
        final Iterator<Cell> next;
        boolean readsItself;

        Frame(Cell cell, Iterator<Cell> next) {
            this.cell = cell;
            this.next = next;
        }
    }

    private static Frame open(Cell cell, Set<Cell> inside, TopologicalOrder.Edges edges, Map<Cell, Integer> index,
            Map<Cell, Integer> low, Deque<Cell> stack, Set<Cell> onStack) {
        int number = index.size();
        index.put(cell, number);
        low.put(cell, number);
        stack.push(cell);
        onStack.add(cell);
        List<Cell> successors = new ArrayList<>();
        edges.forEachDependent(cell, dependent -> {
            if (inside.contains(dependent)) {
                successors.add(dependent);
            }
        });
        return new Frame(cell, successors.iterator());
    }
}
