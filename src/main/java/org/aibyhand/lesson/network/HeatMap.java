package org.aibyhand.lesson.network;

import java.util.List;
import org.aibyhand.engine.ref.CellAddress;

/**
 * A matrix drawn as coloured squares: attention's token-to-token weights, or Mamba's D×N state at one step.
 * {@code cells} holds its cells row by row, {@code gradients} the matching gradient cells or is empty. (x, y)
 * is its top-left corner and {@code size} the side of one square, in the picture's units.
 */
public record HeatMap(String symbol, int rows, int columns, List<CellAddress> cells, List<CellAddress> gradients,
        double x, double y, double size) {

    public HeatMap {
        cells = List.copyOf(cells);
        gradients = List.copyOf(gradients);
    }

    public CellAddress cell(int row, int column) {
        return cells.get(row * columns + column);
    }

    /** The gradient cell of (row, column), or null when the lesson computes none. */
    public CellAddress gradient(int row, int column) {
        return gradients.isEmpty() ? null : gradients.get(row * columns + column);
    }
}
