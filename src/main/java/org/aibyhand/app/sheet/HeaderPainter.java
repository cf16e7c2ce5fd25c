package org.aibyhand.app.sheet;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.A1;

/** Paints the column letters and row numbers, highlighting those of the selection, and the frozen-pane lines. */
final class HeaderPainter {
    private static final Color BACKGROUND = Color.web("#F3F3F3");
    private static final Color HIGHLIGHT = Color.web("#D3E8DC");
    private static final Color LINE = Color.web("#C8C8C8");
    private static final Color TEXT = Color.web("#444444");
    private static final Color FROZEN = Color.web("#9E9E9E");

    private HeaderPainter() {
    }

    /** The font size of the headers at a zoom, in pixels. */
    static double fontSize(double zoom) {
        return 11 * zoom;
    }

    /** The header band sizes for a layout whose last visible row is {@code lastRow}: {width, height}. */
    static double[] bands(double zoom, int lastRow) {
        int digits = Math.max(3, String.valueOf(lastRow + 1).length());
        double width = Math.ceil(Fonts.width("0".repeat(digits), "Arial", false, false, fontSize(zoom)) + 12 * zoom);
        double height = Math.ceil(20 * zoom);
        return new double[] {width, height};
    }

    static void paint(GraphicsContext g, SheetLayout layout, Area selected) {
        double zoom = layout.zoom();
        double hw = layout.headerWidth();
        double hh = layout.headerHeight();
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, layout.width(), hh);
        g.fillRect(0, 0, hw, layout.height());
        g.setFont(Fonts.fx("Arial", false, false, fontSize(zoom)));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setLineWidth(1);
        g.setLineDashes();
        columns(g, layout, selected, 0, layout.frozenColumns() - 1);
        columns(g, layout, selected, layout.firstScrolledColumn(), layout.lastColumn());
        rows(g, layout, selected, 0, layout.frozenRows() - 1);
        rows(g, layout, selected, layout.firstScrolledRow(), layout.lastRow());
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, hw, hh);
        g.setStroke(LINE);
        g.strokeLine(0, hh - 0.5, layout.width(), hh - 0.5);
        g.strokeLine(hw - 0.5, 0, hw - 0.5, layout.height());
        g.setStroke(FROZEN);
        if (layout.frozenRows() > 0) {
            g.strokeLine(0, Math.floor(layout.bodyTop()) - 0.5, layout.width(), Math.floor(layout.bodyTop()) - 0.5);
        }
        if (layout.frozenColumns() > 0) {
            g.strokeLine(Math.floor(layout.bodyLeft()) - 0.5, 0, Math.floor(layout.bodyLeft()) - 0.5, layout.height());
        }
    }

    private static void columns(GraphicsContext g, SheetLayout layout, Area selected, int first, int last) {
        double hh = layout.headerHeight();
        for (int column = first; column <= last; column++) {
            double width = layout.columnWidth(column);
            if (width <= 0) {
                continue;
            }
            double x = layout.columnX(column);
            if (x + width < layout.headerWidth()) {
                continue;
            }
            boolean lit = selected != null && column >= selected.left() && column <= selected.right();
            g.setFill(lit ? HIGHLIGHT : BACKGROUND);
            g.fillRect(x, 0, width, hh);
            g.setStroke(LINE);
            g.strokeLine(Math.floor(x + width) - 0.5, 0, Math.floor(x + width) - 0.5, hh);
            g.setFill(TEXT);
            g.fillText(A1.columnName(column), x + width / 2, hh / 2, Math.max(1, width - 2));
        }
    }

    private static void rows(GraphicsContext g, SheetLayout layout, Area selected, int first, int last) {
        double hw = layout.headerWidth();
        for (int row = first; row <= last; row++) {
            double height = layout.rowHeight(row);
            if (height <= 0) {
                continue;
            }
            double y = layout.rowY(row);
            boolean lit = selected != null && row >= selected.top() && row <= selected.bottom();
            g.setFill(lit ? HIGHLIGHT : BACKGROUND);
            g.fillRect(0, y, hw, height);
            g.setStroke(LINE);
            g.strokeLine(0, Math.floor(y + height) - 0.5, hw, Math.floor(y + height) - 0.5);
            g.setFill(TEXT);
            g.fillText(String.valueOf(row + 1), hw / 2, y + height / 2);
        }
    }
}
