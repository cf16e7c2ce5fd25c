package org.aibyhand.lesson.network;

import org.aibyhand.engine.ref.CellAddress;

/**
 * A connection from node {@code from} to node {@code to} (indices into the picture's nodes). A weighted edge
 * carries its weight cell (shared by every time step that uses it) and that weight's gradient cell; a fixed
 * edge (an element-wise product or a copy, such as the forget gate reaching the cell state) has neither.
 */
public record NetworkEdge(int from, int to, Parameter weight) {

    public boolean weighted() {
        return weight != null;
    }
}
