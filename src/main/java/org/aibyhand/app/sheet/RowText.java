package org.aibyhand.app.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.format.CellStyle;
import org.aibyhand.engine.book.format.RichText;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.Value;

/**
 * Lays out the texts of one row of a pane as Excel does: a text too wide for its cell runs on into the empty
 * cells beside it (rightwards when left-aligned, leftwards when right-aligned, both ways when centred) and stops
 * at the first cell that holds anything; wrapped text breaks into lines; merged cells use their whole area.
 * It records the column edges the overflowing texts cover, where no gridline is drawn.
 */
final class RowText {
    /** How far beyond the pane a cell is looked for whose text may run into it. */
    private static final int REACH = 48;

    private final CellSource source;
    private final SheetLayout layout;
    private final TextWidth measure;
    private final Merges merges;

    RowText(CellSource source, SheetLayout layout, TextWidth measure, Merges merges) {
        this.source = source;
        this.layout = layout;
        this.measure = measure;
        this.merges = merges;
    }

    /**
     * The texts of row {@code row} that show between columns {@code first..last}, looking up to {@link #REACH}
     * columns beyond them (never past {@code min..max}); covered column edges go into {@code coveredEdges} as
     * {@code row * COLUMNS + column} of the column left of the edge.
     */
    List<TextItem> layout(int row, int first, int last, int min, int max, Set<Long> coveredEdges) {
        List<TextItem> items = new ArrayList<>();
        Sheet sheet = source.sheet();
        int from = Math.max(min, first - REACH);
        int to = Math.min(max, last + REACH);
        double zoom = layout.zoom();
        for (int column = from; column <= to; column++) {
            Cell cell = sheet.cell(row, column);
            if (cell == null || layout.columns().hidden(column)) {
                continue;
            }
            Area merge = merges.at(row, column);
            if (merge != null && (merge.top() != row || merge.left() != column)) {
                continue;
            }
            Value value = source.withheld(row, column) ? EmptyValue.INSTANCE : cell.value();
            if (value instanceof EmptyValue) {
                continue;
            }
            CellStyle style = source.look(row, column).style();
            double left = layout.columnX(column);
            double top = layout.rowY(row);
            double right = merge == null ? left + layout.columnWidth(column) : layout.columnX(merge.right() + 1);
            double bottom = merge == null ? top + layout.rowHeight(row) : layout.rowY(merge.bottom() + 1);
            String text = CellText.shown(value, style, right - left, zoom, measure);
            if (text.isEmpty()) {
                continue;
            }
            CellText.Align align = CellText.align(value, style);
            List<String> lines = style.wrap()
                    ? CellText.wrap(text, style.font(), zoom, right - left - 2 * CellText.PADDING * zoom, measure)
                    : List.of(text);
            RichLine rich = richLine(row, column, text, style);
            double spanLeft = left;
            double spanRight = right;
            if (merge == null && CellText.overflows(value, style)) {
                double needed = (rich != null ? rich.width(measure, zoom) : measure.of(text, style.font(), zoom))
                        + 2 * CellText.PADDING * zoom + CellText.indent(style, zoom);
                double[] span = runOn(row, column, align, needed, left, right, min, max, coveredEdges);
                spanLeft = span[0];
                spanRight = span[1];
            }
            if (spanRight >= layout.columnX(first) && spanLeft <= layout.columnX(last + 1)) {
                items.add(new TextItem(row, column, lines, style, align, spanLeft, top, spanRight, bottom, left, right, rich));
            }
        }
        return items;
    }

    /**
     * The runs of a cell's rich text, when the file gave it some and the cell still shows that text on one plain
     * line (wrapped, rotated and shrunk rich text is drawn in the cell's font).
     */
    private RichLine richLine(int row, int column, String text, CellStyle style) {
        RichText rich = source.sheet().format().richText(row, column);
        if (rich == null || style.wrap() || style.shrink() || style.rotation() != 0
                || style.horizontal() == CellStyle.Horizontal.FILL || !rich.text().equals(text)) {
            return null;
        }
        return RichLine.of(rich, style.font());
    }

    /** Widens a text's span over empty neighbours until it fits, in the direction its alignment reads. */
    private double[] runOn(int row, int column, CellText.Align align, double needed, double left, double right,
            int min, int max, Set<Long> coveredEdges) {
        int leftmost = column;
        int rightmost = column;
        boolean rightward = align == CellText.Align.LEFT || align == CellText.Align.CENTER;
        boolean leftward = align == CellText.Align.RIGHT || align == CellText.Align.CENTER;
        while (right - left < needed) {
            boolean grew = false;
            if (rightward && rightmost < max && empty(row, rightmost + 1)) {
                rightmost++;
                right += layout.columnWidth(rightmost);
                coveredEdges.add(edge(row, rightmost - 1));
                grew = true;
            }
            if (leftward && leftmost > min && empty(row, leftmost - 1) && right - left < needed) {
                leftmost--;
                left -= layout.columnWidth(leftmost);
                coveredEdges.add(edge(row, leftmost));
                grew = true;
            }
            if (!grew || rightmost - column > 4 * REACH || column - leftmost > 4 * REACH) {
                break;
            }
        }
        return new double[] {left, right};
    }

    /** Whether a neighbour lets text run into it: nothing typed or computed there, and not part of a merge. */
    private boolean empty(int row, int column) {
        Cell cell = source.sheet().cell(row, column);
        boolean blank = cell == null || !cell.hasFormula() && cell.value() instanceof EmptyValue;
        return blank && merges.at(row, column) == null;
    }

    /** The key of the edge right of a column. */
    static long edge(int row, int column) {
        return (long) row * org.aibyhand.engine.ref.SheetLimits.COLUMNS + column;
    }
}
