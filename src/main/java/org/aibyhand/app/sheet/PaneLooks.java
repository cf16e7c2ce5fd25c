package org.aibyhand.app.sheet;

import org.aibyhand.engine.eval.CellLook;

/**
 * The looks of a pane's cells, asked of the source once per frame: fills, gridlines and borders all need them,
 * and a look means evaluating the conditional formats that cover the cell.
 */
final class PaneLooks {
    private final Pane pane;
    private final int width;
    private final CellLook[] looks;

    PaneLooks(CellSource source, Pane pane) {
        this.pane = pane;
        this.width = pane.lastColumn() - pane.firstColumn() + 1;
        this.looks = new CellLook[width * (pane.lastRow() - pane.firstRow() + 1)];
        for (int row = pane.firstRow(); row <= pane.lastRow(); row++) {
            for (int column = pane.firstColumn(); column <= pane.lastColumn(); column++) {
                looks[index(row, column)] = source.look(row, column);
            }
        }
    }

    CellLook at(int row, int column) {
        return looks[index(row, column)];
    }

    private int index(int row, int column) {
        return (row - pane.firstRow()) * width + column - pane.firstColumn();
    }
}
