package org.aibyhand.engine.book.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.aibyhand.engine.book.drawing.Drawing;
import org.aibyhand.engine.ref.Area;

/**
 * A sheet's look as plain data: cell styles (also on blank cells), row and column styles, column widths in
 * Excel's character units, row heights in points, hidden rows and columns, merged ranges, frozen panes, zoom,
 * notes, conditional formats and the drawing layer. A cell without a style of its own takes its row's style, else its column's,
 * else {@link #defaultStyle()}, as Excel does.
 */
public final class SheetFormat {
    private final LongKeyMap<CellStyle> styles = new LongKeyMap<>();
    private final Map<Integer, CellStyle> rowStyles = new TreeMap<>();
    private final ColumnRuns<CellStyle> columnStyles = new ColumnRuns<>();
    private final ColumnRuns<Double> columnWidths = new ColumnRuns<>();
    private final Map<Integer, Double> rowHeights = new TreeMap<>();
    private final TreeSet<Integer> hiddenRows = new TreeSet<>();
    private final TreeSet<Integer> hiddenColumns = new TreeSet<>();
    private final List<Area> merged = new ArrayList<>();
    private final Map<Long, String> notes = new HashMap<>();
    private final Map<Long, RichText> richTexts = new HashMap<>();
    private final List<ConditionalFormat> conditionalFormats = new ArrayList<>();
    private final List<Drawing> drawings = new ArrayList<>();
    private CellStyle defaultStyle = CellStyle.DEFAULT;
    /** Excel's default: 64 pixels with a 7-pixel digit (8.43 characters shown, plus the padding). */
    private double defaultColumnWidth = 9.140625;
    private double defaultRowHeight = 15;
    private int frozenRows;
    private int frozenColumns;
    private int zoomPercent = 100;
    private boolean gridLines = true;
    private int defaultColumnBase;

    private static long key(int row, int column) {
        return ((long) row << 16) | column;
    }

    /** The style a cell shows before conditional formats: its own, else its row's, column's or the default. */
    public CellStyle style(int row, int column) {
        CellStyle own = styles.get(key(row, column));
        if (own != null) {
            return own;
        }
        if (!rowStyles.isEmpty()) {
            CellStyle ofRow = rowStyles.get(row);
            if (ofRow != null) {
                return ofRow;
            }
        }
        CellStyle ofColumn = columnStyles.isEmpty() ? null : columnStyles.get(column);
        return ofColumn != null ? ofColumn : defaultStyle;
    }

    /** Sets a cell's style; null returns it to the default. */
    public void setStyle(int row, int column, CellStyle style) {
        if (style == null) {
            styles.remove(key(row, column));
        } else {
            styles.put(key(row, column), style);
        }
    }

    /** Whether the cell has a style of its own. */
    public boolean hasStyle(int row, int column) {
        return styles.containsKey(key(row, column));
    }

    /** Visits every cell with a style of its own (in no particular order). */
    public void forEachStyledCell(CellVisitor<CellStyle> visitor) {
        styles.forEach((key, style) -> visitor.visit((int) (key >>> 16), (int) (key & 0xFFFF), style));
    }

    /** The style of a row's blank cells, or null. */
    public CellStyle rowStyle(int row) {
        return rowStyles.get(row);
    }

    /** Sets the style of a row's cells that have none of their own; null removes it. */
    public void setRowStyle(int row, CellStyle style) {
        if (style == null) {
            rowStyles.remove(row);
        } else {
            rowStyles.put(row, style);
        }
    }

    /** Rows with a style, in order. */
    public Map<Integer, CellStyle> rowStyles() {
        return Collections.unmodifiableMap(rowStyles);
    }

    /** The style of a column's blank cells, or null. */
    public CellStyle columnStyle(int column) {
        return columnStyles.get(column);
    }

    /** Sets the style of columns {@code first..last} for cells with no style of their own; null removes it. */
    public void setColumnStyle(int first, int last, CellStyle style) {
        columnStyles.set(first, last, style);
    }

    /** Runs of columns with a style, in order. */
    public List<ColumnRuns.Run<CellStyle>> columnStyleRuns() {
        return columnStyles.runs();
    }

    public CellStyle defaultStyle() {
        return defaultStyle;
    }

    public void setDefaultStyle(CellStyle style) {
        this.defaultStyle = Objects.requireNonNull(style);
    }

    /**
     * Width of a column in the units of the file's {@code <col width>}: characters of the default font's widest
     * digit, padding included (Excel shows 8.43 for the default 9.140625). In pixels, with a digit d pixels wide
     * (7 for Calibri 11 and Arial 10), the standard gives {@code trunc((256 w + trunc(128 / d)) / 256 * d)}.
     */
    public double columnWidth(int column) {
        Double width = columnWidths.get(column);
        return width != null ? width : defaultColumnWidth;
    }

    public void setColumnWidth(int column, double width) {
        columnWidths.set(column, column, width);
    }

    /** Gives columns {@code first..last} one width; NaN returns them to the default. */
    public void setColumnWidth(int first, int last, double width) {
        columnWidths.set(first, last, Double.isNaN(width) ? null : width);
    }

    /**
     * The file's {@code baseColWidth}, in digits, when it gave no default width: the default column is then that
     * many digits of the normal font plus margin, in pixels that depend on the digit, so the view computes it.
     * 0 when the file gave a default width.
     */
    public int defaultColumnBase() {
        return defaultColumnBase;
    }

    public void setDefaultColumnBase(int digits) {
        this.defaultColumnBase = Math.max(0, digits);
    }

    public double defaultColumnWidth() {
        return defaultColumnWidth;
    }

    public void setDefaultColumnWidth(double width) {
        this.defaultColumnWidth = width;
    }

    /** Height of a row in points. */
    public double rowHeight(int row) {
        return rowHeights.getOrDefault(row, defaultRowHeight);
    }

    public void setRowHeight(int row, double points) {
        rowHeights.put(row, points);
    }

    public double defaultRowHeight() {
        return defaultRowHeight;
    }

    public void setDefaultRowHeight(double points) {
        this.defaultRowHeight = points;
    }

    /** Runs of columns with a width of their own, in order. */
    public List<ColumnRuns.Run<Double>> columnWidthRuns() {
        return columnWidths.runs();
    }

    /** Rows with a height of their own, in order. */
    public Map<Integer, Double> rowHeights() {
        return Collections.unmodifiableMap(rowHeights);
    }

    public TreeSet<Integer> hiddenRows() {
        return hiddenRows;
    }

    public TreeSet<Integer> hiddenColumns() {
        return hiddenColumns;
    }

    /** Merged ranges; the top-left cell shows the value. */
    public List<Area> merged() {
        return merged;
    }

    /** The rich-text runs of a cell's text as the file had them, or null. Valid while the cell shows that text. */
    public RichText richText(int row, int column) {
        return richTexts.isEmpty() ? null : richTexts.get(key(row, column));
    }

    public void setRichText(int row, int column, RichText text) {
        if (text == null) {
            richTexts.remove(key(row, column));
        } else {
            richTexts.put(key(row, column), text);
        }
    }

    /** The note (comment) on a cell, or null. */
    public String note(int row, int column) {
        return notes.get(key(row, column));
    }

    public void setNote(int row, int column, String text) {
        if (text == null) {
            notes.remove(key(row, column));
        } else {
            notes.put(key(row, column), text);
        }
    }

    /** Visits every note (in no particular order). */
    public void forEachNote(CellVisitor<String> visitor) {
        notes.forEach((key, text) -> visitor.visit((int) (key >>> 16), (int) (key & 0xFFFF), text));
    }

    public int noteCount() {
        return notes.size();
    }

    public List<ConditionalFormat> conditionalFormats() {
        return conditionalFormats;
    }

    /** The drawing layer's top-level objects, back to front. */
    public List<Drawing> drawings() {
        return drawings;
    }

    public int frozenRows() {
        return frozenRows;
    }

    public int frozenColumns() {
        return frozenColumns;
    }

    /** Freezes the top {@code rows} rows and left {@code columns} columns. */
    public void freeze(int rows, int columns) {
        this.frozenRows = rows;
        this.frozenColumns = columns;
    }

    public int zoomPercent() {
        return zoomPercent;
    }

    public void setZoomPercent(int percent) {
        this.zoomPercent = percent;
    }

    public boolean gridLines() {
        return gridLines;
    }

    public void setGridLines(boolean shown) {
        this.gridLines = shown;
    }

    /** Receives one cell's entry of a per-cell map. */
    @FunctionalInterface
    public interface CellVisitor<T> {
        void visit(int row, int column, T value);
    }
}
