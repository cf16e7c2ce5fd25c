package org.aibyhand.xlsx;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.format.CellStyle;
import org.aibyhand.engine.book.format.ColumnRuns;
import org.aibyhand.engine.book.format.SheetFormat;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.SheetLimits;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCol;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCols;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRow;

/**
 * Writes one sheet's {@link SheetFormat} into the POI sheet of a new workbook, before its cells are merged in:
 * default sizes, columns (widths, styles, hidden) as runs, rows (heights, styles, hidden), cell styles (blank
 * cells too), merged cells, frozen panes, zoom, grid lines, notes and conditional formats. Cells the engine
 * later fills keep the style set here, since the sheet writer only replaces content.
 */
final class SheetFormatWriter {
    private final StyleWriter styles;
    private final ConditionalFormatWriter conditional;

    SheetFormatWriter(StyleWriter styles, ConditionalFormatWriter conditional) {
        this.styles = styles;
        this.conditional = conditional;
    }

    void write(Sheet sheet, XSSFSheet target) {
        SheetFormat format = sheet.format();
        target.setDefaultRowHeightInPoints((float) format.defaultRowHeight());
        target.getCTWorksheet().getSheetFormatPr().setDefaultRowHeight(format.defaultRowHeight()); // exact, not a float
        target.getCTWorksheet().getSheetFormatPr().setDefaultColWidth(format.defaultColumnWidth());
        columns(format, target);
        List<StyledCell> styled = styledCellsInOrder(format);
        createRowsInOrder(format, styled, target);
        rows(format, target);
        for (StyledCell cell : styled) {
            cell(target, cell.row(), cell.column()).setCellStyle(styles.style(cell.style()));
        }
        if (!format.defaultStyle().equals(styles.defaultStyle())) {
            // The file has one default style for all sheets: this sheet's own default goes on its cells.
            for (Cell cell : sheet) {
                if (!format.hasStyle(cell.row(), cell.column()) && format.rowStyle(cell.row()) == null
                        && format.columnStyle(cell.column()) == null) {
                    cell(target, cell.row(), cell.column()).setCellStyle(styles.style(format.defaultStyle()));
                }
            }
        }
        for (Area merged : format.merged()) {
            if (merged.cellCount() > 1) {
                target.addMergedRegionUnsafe(new CellRangeAddress(merged.top(), merged.bottom(), merged.left(), merged.right()));
            }
        }
        if (format.frozenRows() > 0 || format.frozenColumns() > 0) {
            target.createFreezePane(format.frozenColumns(), format.frozenRows());
        }
        if (format.zoomPercent() != 100) {
            target.setZoom(format.zoomPercent());
        }
        target.setDisplayGridlines(format.gridLines());
        notes(format, target);
        conditional.write(target.getCTWorksheet(), format.conditionalFormats());
    }

    /** What one {@code <col>} run says. */
    private record Column(Double width, CellStyle style, boolean hidden) {
    }

    /** Widths, styles and hidden flags, each kept as runs, cut into the runs where all three agree. */
    private void columns(SheetFormat format, XSSFSheet target) {
        ColumnRuns<Double> widths = new ColumnRuns<>();
        format.columnWidthRuns().forEach(run -> widths.set(run.first(), run.last(), run.value()));
        ColumnRuns<CellStyle> columnStyles = new ColumnRuns<>();
        format.columnStyleRuns().forEach(run -> columnStyles.set(run.first(), run.last(), run.value()));
        TreeSet<Integer> cuts = new TreeSet<>();
        format.columnWidthRuns().forEach(run -> cut(cuts, run.first(), run.last()));
        format.columnStyleRuns().forEach(run -> cut(cuts, run.first(), run.last()));
        format.hiddenColumns().forEach(column -> cut(cuts, column, column));
        if (cuts.isEmpty()) {
            return;
        }
        CTCols cols = target.getCTWorksheet().sizeOfColsArray() > 0 ? target.getCTWorksheet().getColsArray(0)
                : target.getCTWorksheet().addNewCols();
        CTCol open = null;
        Column openColumn = null;
        Integer start = null;
        for (int next : cuts) {
            if (start != null && start < SheetLimits.COLUMNS) {
                Column column = new Column(widths.get(start), columnStyles.get(start), format.hiddenColumns().contains(start));
                if (column.width() == null && column.style() == null && !column.hidden()) {
                    open = null; // a gap: nothing to say about these columns
                } else if (open != null && column.equals(openColumn) && open.getMax() == start) {
                    open.setMax(next); // the same as the run before: widen it
                } else {
                    open = col(cols, format, column, start, next);
                    openColumn = column;
                }
            }
            start = next;
        }
    }

    private static void cut(TreeSet<Integer> cuts, int first, int last) {
        cuts.add(first);
        cuts.add(last + 1);
    }

    /** A {@code <col>} for zero-based columns {@code first} up to (not including) {@code end}. */
    private CTCol col(CTCols cols, SheetFormat format, Column column, int first, int end) {
        CTCol col = cols.addNewCol();
        col.setMin(first + 1L);
        col.setMax(end);
        col.setWidth(column.width() != null ? column.width() : format.defaultColumnWidth());
        col.setCustomWidth(column.width() != null);
        if (column.style() != null) {
            col.setStyle(styles.index(column.style()));
        }
        if (column.hidden()) {
            col.setHidden(true);
        }
        return col;
    }

    /** A cell with a style of its own. */
    private record StyledCell(int row, int column, CellStyle style) {
    }

    /**
     * The styled cells in reading order. POI appends a row or a cell after the last one cheaply, but finds the
     * place of any other by counting those before it (and reorders a row's cells on save one by one), so creating
     * them in the hash order they are stored in took time quadratic in the rows and in the cells of a row: a
     * minute to save a lesson of a million cells.
     */
    private static List<StyledCell> styledCellsInOrder(SheetFormat format) {
        List<StyledCell> cells = new ArrayList<>();
        format.forEachStyledCell((row, column, style) -> cells.add(new StyledCell(row, column, style)));
        cells.sort(Comparator.comparingInt(StyledCell::row).thenComparingInt(StyledCell::column));
        return cells;
    }

    /** Creates every row the formatting touches, top to bottom (see {@link #styledCellsInOrder}). */
    private static void createRowsInOrder(SheetFormat format, List<StyledCell> styled, XSSFSheet target) {
        BitSet rows = new BitSet();
        styled.forEach(cell -> rows.set(cell.row()));
        format.rowHeights().keySet().forEach(rows::set);
        format.rowStyles().keySet().forEach(rows::set);
        format.hiddenRows().forEach(rows::set);
        for (int row = rows.nextSetBit(0); row >= 0; row = rows.nextSetBit(row + 1)) {
            if (target.getRow(row) == null) {
                target.createRow(row);
            }
        }
    }

    private void rows(SheetFormat format, XSSFSheet target) {
        TreeSet<Integer> rows = new TreeSet<>(format.rowHeights().keySet());
        rows.addAll(format.rowStyles().keySet());
        rows.addAll(format.hiddenRows());
        for (int r : rows) {
            XSSFRow row = target.getRow(r) != null ? target.getRow(r) : target.createRow(r);
            CTRow xml = row.getCTRow();
            Double height = format.rowHeights().get(r);
            if (height != null) {
                xml.setHt(height);
                xml.setCustomHeight(true);
            }
            CellStyle style = format.rowStyle(r);
            if (style != null) {
                row.setRowStyle(styles.style(style));
            }
            if (format.hiddenRows().contains(r)) {
                xml.setHidden(true);
            }
        }
    }

    private static XSSFCell cell(XSSFSheet target, int row, int column) {
        XSSFRow xmlRow = target.getRow(row) != null ? target.getRow(row) : target.createRow(row);
        return xmlRow.getCell(column) != null ? xmlRow.getCell(column) : xmlRow.createCell(column);
    }

    /**
     * Notes as legacy comments. POI files a new comment under its box's top-left cell and refuses a second one
     * there, so the box (one column right of its cell) is placed before that neighbour's own note is made:
     * notes go in reading order.
     */
    private static void notes(SheetFormat format, XSSFSheet target) {
        if (format.noteCount() == 0) {
            return;
        }
        record Note(int row, int column, String text) {
        }
        List<Note> notes = new ArrayList<>();
        format.forEachNote((row, column, text) -> notes.add(new Note(row, column, text)));
        notes.sort(Comparator.comparingInt(Note::row).thenComparingInt(Note::column));
        XSSFDrawing drawing = target.createDrawingPatriarch();
        for (Note note : notes) {
            int boxColumn = Math.min(note.column() + 1, SheetLimits.COLUMNS - 3);
            int boxRow = Math.min(note.row(), SheetLimits.ROWS - 4);
            XSSFComment comment;
            try {
                comment = drawing.createCellComment(drawing.createAnchor(0, 0, 0, 0, boxColumn, boxRow, boxColumn + 2, boxRow + 3));
            } catch (IllegalArgumentException taken) {
                // At the sheet's right edge the box may start on an earlier note's cell; its own cell is free.
                comment = drawing.createCellComment(drawing.createAnchor(0, 0, 0, 0, note.column(), boxRow,
                        note.column() + 1, boxRow + 3));
            }
            comment.setString(new XSSFRichTextString(note.text()));
            comment.setAddress(note.row(), note.column());
        }
    }
}
