package org.aibyhand.app.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aibyhand.engine.book.format.ColumnRuns;
import org.aibyhand.engine.book.format.SheetFormat;
import org.aibyhand.engine.ref.SheetLimits;

/**
 * Where every row and column of a sheet lies on the canvas: the sizes from the file, the zoom, the frozen panes,
 * the scroll position of the part that scrolls and the header bands. It is the geometry the drawing layer
 * anchors its objects to. Frozen rows and columns stay put; the rest
 * moves by the scroll offsets, which are in 100%-zoom pixels counted from the first unfrozen row or column.
 */
public final class SheetLayout implements SheetGeometry {
    /** The widest digit of Calibri 11 and Arial 10, the usual normal fonts, in pixels. */
    private static final double DIGIT = 7;
    private final Axis rows;
    private final Axis columns;
    private final int frozenRows;
    private final int frozenColumns;
    private double zoom = 1;
    private double scrollX;
    private double scrollY;
    private double headerWidth;
    private double headerHeight;
    private double width;
    private double height;

    /** A layout for column widths counted in a 7-pixel digit (Calibri 11, Arial 10). */
    public SheetLayout(SheetFormat format) {
        this(format, DIGIT);
    }

    /**
     * A layout whose column widths are counted in {@code digitWidth} pixels, the widest digit of the workbook's
     * normal font, as Excel counts them.
     */
    public SheetLayout(SheetFormat format, double digitWidth) {
        this(columnsOf(format, digitWidth), rowsOf(format), format.frozenRows(), format.frozenColumns());
    }

    /** The sheet's sizes with no frozen panes: a picture of a range shows it in one piece. */
    public static SheetLayout unfrozen(SheetFormat format, double digitWidth) {
        return new SheetLayout(columnsOf(format, digitWidth), rowsOf(format), 0, 0);
    }

    /** As {@link #unfrozen(SheetFormat, double)} with a 7-pixel digit. */
    public static SheetLayout unfrozen(SheetFormat format) {
        return unfrozen(format, DIGIT);
    }

    SheetLayout(Axis columns, Axis rows, int frozenRows, int frozenColumns) {
        this.columns = columns;
        this.rows = rows;
        this.frozenRows = Math.min(frozenRows, rows.count() - 1);
        this.frozenColumns = Math.min(frozenColumns, columns.count() - 1);
    }

    /** A column width in the file's character units as pixels, for a 7-pixel digit (Calibri 11, Arial 10). */
    public static double pixels(double width) {
        return pixels(width, DIGIT);
    }

    /** A column width in the file's character units as pixels, for digits {@code digitWidth} pixels wide. */
    public static double pixels(double width, double digitWidth) {
        return Math.floor((256 * width + Math.floor(128 / digitWidth)) / 256 * digitWidth);
    }

    private static Axis columnsOf(SheetFormat format, double digitWidth) {
        ColumnRuns<Double> widths = new ColumnRuns<>();
        for (ColumnRuns.Run<Double> run : format.columnWidthRuns()) {
            widths.set(run.first(), Math.min(run.last(), SheetLimits.COLUMNS - 1), pixels(run.value(), digitWidth));
        }
        for (int hidden : format.hiddenColumns()) {
            if (hidden < SheetLimits.COLUMNS) {
                widths.set(hidden, hidden, 0.0);
            }
        }
        List<Axis.Run> runs = new ArrayList<>();
        for (ColumnRuns.Run<Double> run : widths.runs()) {
            runs.add(new Axis.Run(run.first(), run.last(), run.value()));
        }
        return new Axis(SheetLimits.COLUMNS, defaultPixels(format, digitWidth), runs);
    }

    /**
     * The default column: the file's width, or from its base width the standard's rule (the digits plus 5 pixels
     * of margin and grid line, rounded up to a multiple of 8 pixels) with this sheet's digit.
     */
    private static double defaultPixels(SheetFormat format, double digitWidth) {
        int base = format.defaultColumnBase();
        if (base == 0) {
            return pixels(format.defaultColumnWidth(), digitWidth);
        }
        return Math.ceil((base * digitWidth + 5) / 8) * 8;
    }

    private static Axis rowsOf(SheetFormat format) {
        List<Axis.Run> runs = new ArrayList<>();
        for (Map.Entry<Integer, Double> height : format.rowHeights().entrySet()) {
            if (!format.hiddenRows().contains(height.getKey())) {
                runs.add(new Axis.Run(height.getKey(), height.getKey(), points(height.getValue())));
            }
        }
        for (int hidden : format.hiddenRows()) {
            runs.add(new Axis.Run(hidden, hidden, 0));
        }
        return new Axis(SheetLimits.ROWS, points(format.defaultRowHeight()), runs);
    }

    private static double points(double points) {
        return Math.round(points * 96 / 72);
    }

    public Axis rows() {
        return rows;
    }

    public Axis columns() {
        return columns;
    }

    public int frozenRows() {
        return frozenRows;
    }

    public int frozenColumns() {
        return frozenColumns;
    }

    public double zoom() {
        return zoom;
    }

    /** The zoom, as the drawing layer scales with it. */
    @Override
    public double scale() {
        return zoom;
    }

    /** Sets the zoom (1 = 100%); the header bands grow with it. */
    public void setZoom(double zoom) {
        this.zoom = zoom;
    }

    /** Sets the canvas size and the header bands (in canvas pixels). */
    public void setViewport(double width, double height, double headerWidth, double headerHeight) {
        this.width = width;
        this.height = height;
        this.headerWidth = headerWidth;
        this.headerHeight = headerHeight;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public double headerWidth() {
        return headerWidth;
    }

    public double headerHeight() {
        return headerHeight;
    }

    public double scrollX() {
        return scrollX;
    }

    public double scrollY() {
        return scrollY;
    }

    /** Scrolls the unfrozen part (offsets in 100%-zoom pixels, clamped to the sheet). */
    public void scrollTo(double x, double y) {
        scrollX = Math.max(0, Math.min(x, columns.length() - columns.start(frozenColumns)));
        scrollY = Math.max(0, Math.min(y, rows.length() - rows.start(frozenRows)));
    }

    /** Canvas x where the scrolling columns start (right of the header and the frozen columns). */
    public double bodyLeft() {
        return headerWidth + columns.start(frozenColumns) * zoom;
    }

    /** Canvas y where the scrolling rows start. */
    public double bodyTop() {
        return headerHeight + rows.start(frozenRows) * zoom;
    }

    /** Canvas x of a column's left edge. */
    @Override
    public double columnX(int column) {
        if (column < frozenColumns) {
            return headerWidth + columns.start(column) * zoom;
        }
        return bodyLeft() + (columns.start(column) - columns.start(frozenColumns) - scrollX) * zoom;
    }

    /** Canvas y of a row's top edge. */
    @Override
    public double rowY(int row) {
        if (row < frozenRows) {
            return headerHeight + rows.start(row) * zoom;
        }
        return bodyTop() + (rows.start(row) - rows.start(frozenRows) - scrollY) * zoom;
    }

    public double columnWidth(int column) {
        return columns.size(column) * zoom;
    }

    public double rowHeight(int row) {
        return rows.size(row) * zoom;
    }

    /** The column under a canvas x (frozen columns first), or -1 over the row header. */
    public int columnAt(double x) {
        if (x < headerWidth) {
            return -1;
        }
        if (x < bodyLeft()) {
            return columns.indexAt((x - headerWidth) / zoom);
        }
        return columns.indexAt(columns.start(frozenColumns) + scrollX + (x - bodyLeft()) / zoom);
    }

    /** The row under a canvas y, or -1 over the column header. */
    public int rowAt(double y) {
        if (y < headerHeight) {
            return -1;
        }
        if (y < bodyTop()) {
            return rows.indexAt((y - headerHeight) / zoom);
        }
        return rows.indexAt(rows.start(frozenRows) + scrollY + (y - bodyTop()) / zoom);
    }

    /** The first scrolling column in view. */
    public int firstScrolledColumn() {
        return columns.indexAt(columns.start(frozenColumns) + scrollX);
    }

    /** The first scrolling row in view. */
    public int firstScrolledRow() {
        return rows.indexAt(rows.start(frozenRows) + scrollY);
    }

    /** The last column with any part in view. */
    public int lastColumn() {
        return Math.max(columnAt(Math.max(width - 1, bodyLeft())), frozenColumns - 1);
    }

    /** The last row with any part in view. */
    public int lastRow() {
        return Math.max(rowAt(Math.max(height - 1, bodyTop())), frozenRows - 1);
    }

    /**
     * The scroll offsets that bring a cell fully into view, moving as little as possible; frozen rows and
     * columns never need it, and a cell is never left under them.
     */
    public double[] scrollToShow(int row, int column) {
        double x = scrollX;
        double y = scrollY;
        if (column >= frozenColumns) {
            double left = columns.start(column) - columns.start(frozenColumns);
            double visible = Math.max(columns.size(column), (width - bodyLeft()) / zoom);
            if (left < x) {
                x = left;
            } else if (left + columns.size(column) > x + visible) {
                x = left + columns.size(column) - visible;
            }
        }
        if (row >= frozenRows) {
            double top = rows.start(row) - rows.start(frozenRows);
            double visible = Math.max(rows.size(row), (height - bodyTop()) / zoom);
            if (top < y) {
                y = top;
            } else if (top + rows.size(row) > y + visible) {
                y = top + rows.size(row) - visible;
            }
        }
        return new double[] {x, y};
    }
}
