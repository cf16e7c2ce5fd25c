package org.aibyhand.app.sheet;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.aibyhand.engine.book.format.Border;
import org.aibyhand.engine.book.format.Borders;
import org.aibyhand.engine.eval.CellLook;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.SheetLimits;

/**
 * Paints the visible part of a sheet onto a canvas straight from the engine's data, the way Excel draws it:
 * per pane (frozen panes stay put), fills and data bars, gridlines (not under merged cells or text that runs
 * on), texts, borders, then the drawing layer, the marks, the selection and the row and column headers. Only
 * the cells in view are visited; nothing is kept per cell between frames.
 */
public final class GridPainter {
    static final Color GRIDLINE = Color.web("#D9D9D9");
    static final Color SELECTION = Color.web("#217346");

    private final CellSource source;
    private final SheetLayout layout;
    private final TextWidth measure;
    private DrawingLayer drawings;
    private Marks marks = new Marks();
    private Selection selection;
    private boolean printed;

    /** What one frame painted, for the {@code render} command's report and for tests. */
    public record Counts(int cells, int texts, int overflows, DrawingLayer.Drawn drawn) {
    }

    public GridPainter(CellSource source, SheetLayout layout, TextWidth measure) {
        this.source = source;
        this.layout = layout;
        this.measure = measure;
    }

    public void setDrawings(DrawingLayer drawings) {
        this.drawings = drawings;
    }

    public void setMarks(Marks marks) {
        this.marks = marks;
    }

    /** The selection to paint, or null for none (a rendered picture). */
    public void setSelection(Selection selection) {
        this.selection = selection;
    }

    /** Paints as a printout shows the sheet: without gridlines, whatever the sheet's setting. */
    public void setPrinted(boolean printed) {
        this.printed = printed;
    }

    public Counts paint(GraphicsContext g) {
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, layout.width(), layout.height());
        int cells = 0;
        int texts = 0;
        int overflows = 0;
        DrawingLayer.Drawn drawn = DrawingLayer.Drawn.NONE;
        Pane[] panes = Pane.of(layout);
        for (int p = 0; p < panes.length; p++) {
            Pane pane = panes[p];
            if (pane.isEmpty()) {
                continue;
            }
            boolean scrolledColumns = p == 0 || p == 1;
            int min = scrolledColumns ? layout.frozenColumns() : 0;
            int max = scrolledColumns ? SheetLimits.COLUMNS - 1 : layout.frozenColumns() - 1;
            // No clip (a canvas clip costs a blend of the whole canvas): panes are painted body first, and each
            // frozen pane wipes its own rectangle before painting over what the body left there.
            if (p > 0) {
                g.setFill(Color.WHITE);
                g.fillRect(pane.x(), pane.y(), pane.width(), pane.height());
            }
            Merges merges = Merges.within(source.sheet().format().merged(), pane.firstRow(), pane.lastRow());
            Set<Long> covered = new HashSet<>();
            RowText rowText = new RowText(source, layout, measure, merges);
            List<List<TextItem>> rows = new java.util.ArrayList<>();
            for (int row = pane.firstRow(); row <= pane.lastRow(); row++) {
                rows.add(layout.rows().hidden(row) ? List.of()
                        : rowText.layout(row, pane.firstColumn(), pane.lastColumn(), min, max, covered));
            }
            PaneLooks looks = new PaneLooks(source, pane);
            cells += fills(g, pane, merges, looks);
            if (source.sheet().format().gridLines() && !printed) {
                gridlines(g, pane, merges, covered, looks);
            }
            TextPainter text = new TextPainter(measure, layout.zoom());
            for (List<TextItem> items : rows) {
                for (TextItem item : items) {
                    text.draw(g, item);
                    texts++;
                    overflows += item.overflowing() ? 1 : 0;
                }
            }
            borders(g, pane, looks);
            if (drawings != null) {
                DrawingLayer.Drawn here = drawings.paint(g, layout, layout.width(), layout.height());
                drawn = p == 0 ? here : drawn; // the body shows every object; frozen panes repeat some
            }
            MarkPainter.paint(g, layout, marks, pane);
            if (selection != null) {
                MarkPainter.selection(g, layout, selection, merges, pane);
            }
        }
        if (layout.headerWidth() > 0) {
            HeaderPainter.paint(g, layout, selection == null ? null : selection.area());
        }
        return new Counts(cells, texts, overflows, drawn);
    }

    private int fills(GraphicsContext g, Pane pane, Merges merges, PaneLooks looks) {
        int count = 0;
        for (int row = pane.firstRow(); row <= pane.lastRow(); row++) {
            if (layout.rows().hidden(row)) {
                continue;
            }
            double y = layout.rowY(row);
            double h = layout.rowHeight(row);
            for (int column = pane.firstColumn(); column <= pane.lastColumn(); column++) {
                if (layout.columns().hidden(column)) {
                    continue;
                }
                count++;
                Area merge = merges.at(row, column);
                if (merge != null && (merge.top() != row || merge.left() != column)) {
                    continue;
                }
                CellLook look = looks.at(row, column);
                double x = layout.columnX(column);
                double w = merge == null ? layout.columnWidth(column) : layout.columnX(merge.right() + 1) - x;
                double height = merge == null ? h : layout.rowY(merge.bottom() + 1) - y;
                if (look.style().fill() != null) {
                    g.setFill(Colors.of(look.style().fill()));
                    g.fillRect(x, y, w, height);
                }
                if (look.bar() != null) {
                    g.setFill(Colors.of(look.bar().color()));
                    g.fillRect(x + 1, y + 2, Math.max(0, (w - 2) * look.bar().fraction()), height - 4);
                }
            }
        }
        return count;
    }

    private void gridlines(GraphicsContext g, Pane pane, Merges merges, Set<Long> covered, PaneLooks looks) {
        g.setStroke(GRIDLINE);
        g.setLineWidth(1);
        g.setLineDashes();
        for (int row = pane.firstRow(); row <= pane.lastRow(); row++) {
            if (layout.rows().hidden(row)) {
                continue;
            }
            double top = layout.rowY(row);
            double bottom = top + layout.rowHeight(row);
            for (int column = pane.firstColumn(); column <= pane.lastColumn(); column++) {
                if (layout.columns().hidden(column)) {
                    continue;
                }
                double left = layout.columnX(column);
                double right = left + layout.columnWidth(column);
                Area merge = merges.at(row, column);
                boolean rightInside = merge != null && merge.right() > column || covered.contains(RowText.edge(row, column));
                boolean bottomInside = merge != null && merge.bottom() > row;
                if (looks.at(row, column).style().fill() != null) {
                    continue; // a filled cell hides its gridlines, as in Excel
                }
                if (!rightInside) {
                    g.strokeLine(snap(right) - 1, top, snap(right) - 1, bottom);
                }
                if (!bottomInside) {
                    g.strokeLine(left, snap(bottom) - 1, right, snap(bottom) - 1);
                }
            }
        }
    }

    private void borders(GraphicsContext g, Pane pane, PaneLooks looks) {
        for (int row = pane.firstRow(); row <= pane.lastRow(); row++) {
            if (layout.rows().hidden(row)) {
                continue;
            }
            double top = layout.rowY(row);
            double bottom = top + layout.rowHeight(row);
            for (int column = pane.firstColumn(); column <= pane.lastColumn(); column++) {
                Borders borders = looks.at(row, column).style().borders();
                if (borders.isEmpty() || layout.columns().hidden(column)) {
                    continue;
                }
                double left = layout.columnX(column);
                double right = left + layout.columnWidth(column);
                edge(g, borders.top(), left, top, right, top);
                edge(g, borders.bottom(), left, bottom, right, bottom);
                edge(g, borders.left(), left, top, left, bottom);
                edge(g, borders.right(), right, top, right, bottom);
            }
        }
    }

    private void edge(GraphicsContext g, Border border, double x1, double y1, double x2, double y2) {
        if (border == null) {
            return;
        }
        g.setStroke(Colors.of(border.color()));
        double width = switch (border.line()) {
            case MEDIUM -> 2;
            case THICK -> 3;
            default -> 1;
        };
        g.setLineWidth(width);
        switch (border.line()) {
            case DASHED -> g.setLineDashes(4, 2);
            case DOTTED -> g.setLineDashes(1, 1);
            default -> g.setLineDashes();
        }
        boolean horizontal = y1 == y2;
        if (border.line() == Border.Line.DOUBLE) {
            g.setLineWidth(1);
            if (horizontal) {
                g.strokeLine(x1, snap(y1) - 1.5, x2, snap(y1) - 1.5);
                g.strokeLine(x1, snap(y1) + 0.5, x2, snap(y1) + 0.5);
            } else {
                g.strokeLine(snap(x1) - 1.5, y1, snap(x1) - 1.5, y2);
                g.strokeLine(snap(x1) + 0.5, y1, snap(x1) + 0.5, y2);
            }
            g.setLineDashes();
            return;
        }
        if (horizontal) {
            double y = Math.floor(y1) - (width == 1 ? 0.5 : 0);
            g.strokeLine(x1, y, x2, y);
        } else {
            double x = Math.floor(x1) - (width == 1 ? 0.5 : 0);
            g.strokeLine(x, y1, x, y2);
        }
        g.setLineDashes();
    }

    /** A coordinate on the pixel grid, so a 1-pixel line is sharp. */
    static double snap(double value) {
        return Math.floor(value) + 0.5;
    }
}
