package org.aibyhand.app.sheet;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.aibyhand.engine.ref.Area;

/** Paints the marks and the selection over the cells of a pane. */
final class MarkPainter {
    private static final Color SELECTED_TINT = Color.rgb(33, 115, 70, 0.12);

    private MarkPainter() {
    }

    static void paint(GraphicsContext g, SheetLayout layout, Marks marks, Pane pane) {
        for (Marks.Mark mark : Marks.Mark.values()) {
            for (Area area : marks.get(mark)) {
                if (!visible(area, pane)) {
                    continue;
                }
                double[] box = box(layout, area, pane);
                if (mark.tintOpacity > 0) {
                    g.setFill(Colors.of(mark.tint, mark.tintOpacity));
                    g.fillRect(box[0], box[1], box[2] - box[0], box[3] - box[1]);
                }
                if (mark.outlineWidth > 0) {
                    g.setStroke(Colors.of(mark.outline, 1));
                    g.setLineWidth(mark.outlineWidth);
                    if (mark.dash > 0) {
                        g.setLineDashes(mark.dash, mark.dash);
                    } else {
                        g.setLineDashes();
                    }
                    double inset = mark.outlineWidth / 2;
                    g.strokeRect(box[0] + inset, box[1] + inset, box[2] - box[0] - 2 * inset, box[3] - box[1] - 2 * inset);
                }
            }
        }
        g.setLineDashes();
    }

    /** The selected range tinted lightly, the active cell left clear, and a thick outline around the range. */
    static void selection(GraphicsContext g, SheetLayout layout, Selection selection, Merges merges, Pane pane) {
        Area range = grown(selection.area(), merges);
        Area active = merges.at(selection.row(), selection.column());
        if (active == null) {
            active = new Area(selection.row(), selection.column(), selection.row(), selection.column());
        }
        if (!visible(range, pane)) {
            return;
        }
        double[] box = box(layout, range, pane);
        if (!range.equals(active)) {
            double[] clear = box(layout, active, pane);
            g.save();
            g.beginPath();
            g.rect(box[0], box[1], box[2] - box[0], box[3] - box[1]);
            g.rect(clear[0], clear[1], clear[2] - clear[0], clear[3] - clear[1]);
            g.setFillRule(javafx.scene.shape.FillRule.EVEN_ODD);
            g.setFill(SELECTED_TINT);
            g.fill();
            g.restore();
        }
        g.setStroke(GridPainter.SELECTION);
        g.setLineWidth(2);
        g.setLineDashes();
        g.strokeRect(box[0], box[1], box[2] - box[0] - 1, box[3] - box[1] - 1);
    }

    /** A range grown to take in the whole of every merged area it touches. */
    static Area grown(Area range, Merges merges) {
        Area grown = range;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Area merge : merges.all()) {
                if (merge.intersects(grown) && !(grown.contains(merge.top(), merge.left())
                        && grown.contains(merge.bottom(), merge.right()))) {
                    grown = new Area(Math.min(grown.top(), merge.top()), Math.min(grown.left(), merge.left()),
                            Math.max(grown.bottom(), merge.bottom()), Math.max(grown.right(), merge.right()));
                    changed = true;
                }
            }
        }
        return grown;
    }

    private static boolean visible(Area area, Pane pane) {
        return area.bottom() >= pane.firstRow() && area.top() <= pane.lastRow()
                && area.right() >= pane.firstColumn() && area.left() <= pane.lastColumn();
    }

    /** An area's canvas box {left, top, right, bottom}, with the parts far outside the pane cut off. */
    private static double[] box(SheetLayout layout, Area area, Pane pane) {
        int top = Math.max(area.top(), pane.firstRow() - 1);
        int left = Math.max(area.left(), pane.firstColumn() - 1);
        int bottom = Math.min(area.bottom(), pane.lastRow() + 1);
        int right = Math.min(area.right(), pane.lastColumn() + 1);
        return new double[] {layout.columnX(left), layout.rowY(top), layout.columnX(right + 1), layout.rowY(bottom + 1)};
    }
}
