package org.aibyhand.app.sheet.drawing;

import org.aibyhand.app.sheet.SheetGeometry;
import org.aibyhand.app.sheet.SheetLayout;
import org.aibyhand.engine.book.format.SheetFormat;

/**
 * A sheet geometry for tests: the sheet's column widths and row heights laid end to end from A1 at the
 * canvas's corner, hidden rows and columns taking no room, at a zoom.
 */
final class GridGeometry implements SheetGeometry {
    private final double[] columnX;
    private final double[] rowY;
    private final double scale;

    GridGeometry(SheetFormat format, int columns, int rows, double scale) {
        this.scale = scale;
        columnX = new double[columns + 1];
        for (int c = 0; c < columns; c++) {
            boolean hidden = format.hiddenColumns().contains(c);
            columnX[c + 1] = columnX[c] + (hidden ? 0 : SheetLayout.pixels(format.columnWidth(c)) * scale);
        }
        rowY = new double[rows + 1];
        for (int r = 0; r < rows; r++) {
            boolean hidden = format.hiddenRows().contains(r);
            rowY[r + 1] = rowY[r] + (hidden ? 0 : format.rowHeight(r) * 96 / 72 * scale);
        }
    }

    @Override
    public double columnX(int column) {
        int last = columnX.length - 1;
        return column <= last ? columnX[Math.max(0, column)] : columnX[last] + (column - last) * 64 * scale;
    }

    @Override
    public double rowY(int row) {
        int last = rowY.length - 1;
        return row <= last ? rowY[Math.max(0, row)] : rowY[last] + (row - last) * 20 * scale;
    }

    @Override
    public double scale() {
        return scale;
    }
}
