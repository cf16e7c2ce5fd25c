package org.aibyhand.engine.book.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.aibyhand.engine.ref.Area;

/**
 * A sheet's look as plain data: cell styles (also on blank cells), column widths in Excel's character units,
 * row heights in points, hidden rows and columns, merged ranges, frozen panes, zoom, notes and conditional
 * formats. Cells without a style of their own use {@link #defaultStyle()}.
 */
public final class SheetFormat {
    private final Map<Long, CellStyle> styles = new HashMap<>();
    private final Map<Integer, Double> columnWidths = new TreeMap<>();
    private final Map<Integer, Double> rowHeights = new TreeMap<>();
    private final TreeSet<Integer> hiddenRows = new TreeSet<>();
    private final TreeSet<Integer> hiddenColumns = new TreeSet<>();
    private final List<Area> merged = new ArrayList<>();
    private final Map<Long, String> notes = new HashMap<>();
    private final List<ConditionalFormat> conditionalFormats = new ArrayList<>();
    private CellStyle defaultStyle = CellStyle.DEFAULT;
    private double defaultColumnWidth = 8.43;
    private double defaultRowHeight = 15;
    private int frozenRows;
    private int frozenColumns;
    private int zoomPercent = 100;
    private boolean gridLines = true;

    private static long key(int row, int column) {
        return ((long) row << 16) | column;
    }

    public CellStyle style(int row, int column) {
        return styles.getOrDefault(key(row, column), defaultStyle);
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

    public CellStyle defaultStyle() {
        return defaultStyle;
    }

    public void setDefaultStyle(CellStyle style) {
        this.defaultStyle = Objects.requireNonNull(style);
    }

    /** Width of a column in Excel's units (characters of the default font's widest digit). */
    public double columnWidth(int column) {
        return columnWidths.getOrDefault(column, defaultColumnWidth);
    }

    public void setColumnWidth(int column, double width) {
        columnWidths.put(column, width);
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

    /** Columns with a width of their own, in order. */
    public Map<Integer, Double> columnWidths() {
        return Collections.unmodifiableMap(columnWidths);
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

    public int noteCount() {
        return notes.size();
    }

    public List<ConditionalFormat> conditionalFormats() {
        return conditionalFormats;
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
}
