package org.aibyhand.xlsx;

import javax.xml.stream.XMLStreamReader;
import org.aibyhand.engine.book.format.ConditionalFormat;
import org.aibyhand.engine.book.format.SheetFormat;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.SheetLimits;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCol;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCols;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTConditionalFormatting;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTMergeCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPane;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheetFormatPr;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheetView;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STPaneState;

/**
 * Fills a sheet's {@link SheetFormat} from its worksheet XML: default sizes, column widths and styles, row
 * heights and styles, every cell's style (blank cells too), merged cells, the first view's frozen panes,
 * zoom and grid lines, conditional formats and notes. Rows and cells are read while the sheet's data streams
 * past ({@link #rowsAndCells}); the rest from the worksheet without its data. Each part is read on its own and a malformed one is
 * skipped, so formatting never stops a workbook loading.
 */
final class SheetFormatReader {
    /** The widest digit of Calibri 11 and Arial 10 in pixels: what column widths are counted in. */
    private static final int DIGIT_PIXELS = 7;

    private final StyleTable styles;
    private final ConditionalFormatReader conditional;

    SheetFormatReader(StyleTable styles) {
        this.styles = styles;
        this.conditional = new ConditionalFormatReader(styles);
    }

    void read(SheetFormat format, CTWorksheet xml, PackagePart part) {
        format.setDefaultStyle(styles.defaultStyle());
        leniently(() -> defaults(format, xml.getSheetFormatPr()));
        for (CTCols cols : xml.getColsArray()) {
            for (CTCol col : cols.getColArray()) {
                leniently(() -> column(format, col));
            }
        }
        if (xml.isSetMergeCells()) {
            for (CTMergeCell merge : xml.getMergeCells().getMergeCellArray()) {
                leniently(() -> format.merged().add(Area.parse(merge.getRef())));
            }
        }
        if (xml.isSetSheetViews() && xml.getSheetViews().sizeOfSheetViewArray() > 0) {
            leniently(() -> view(format, xml.getSheetViews().getSheetViewArray(0)));
        }
        for (CTConditionalFormatting cf : xml.getConditionalFormattingArray()) {
            leniently(() -> {
                ConditionalFormat read = conditional.read(cf);
                if (read != null) {
                    format.conditionalFormats().add(read);
                }
            });
        }
        if (part != null) {
            NotesReader.read(part, format);
        }
    }

    private static void leniently(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException malformed) {
            // this piece of formatting is left out; the rest still loads
        }
    }

    private static void defaults(SheetFormat format, CTSheetFormatPr xml) {
        if (xml == null) {
            return;
        }
        format.setDefaultRowHeight(xml.getDefaultRowHeight());
        if (xml.isSetDefaultColWidth()) {
            format.setDefaultColumnWidth(xml.getDefaultColWidth());
        } else {
            long base = xml.isSetBaseColWidth() ? xml.getBaseColWidth() : 8;
            format.setDefaultColumnWidth(widthFromBase(base));
            format.setDefaultColumnBase((int) Math.min(255, base));
        }
    }

    /**
     * The standard's default width for {@code baseColWidth} characters: the digits plus 5 pixels of margin and
     * grid line, which Excel rounds up to a multiple of 8 pixels, back in characters truncated to 1/256.
     */
    static double widthFromBase(long baseCharacters) {
        long pixels = baseCharacters * DIGIT_PIXELS + 5;
        pixels = (pixels + 7) / 8 * 8;
        return Math.floor((double) pixels / DIGIT_PIXELS * 256) / 256;
    }

    private void column(SheetFormat format, CTCol col) {
        int first = (int) Math.max(0, col.getMin() - 1);
        int last = (int) Math.min(SheetLimits.COLUMNS - 1, col.getMax() - 1);
        if (first > last) {
            return;
        }
        if (col.isSetWidth()) {
            format.setColumnWidth(first, last, col.getWidth());
        }
        if (col.isSetStyle() && col.getStyle() > 0) {
            format.setColumnStyle(first, last, styles.cellStyle(col.getStyle()));
        }
        if (col.getHidden()) {
            for (int c = first; c <= last; c++) {
                format.hiddenColumns().add(c);
            }
        }
    }

    /** Receives the formatting attributes of the rows and cells of {@code <sheetData>} as they stream past. */
    interface RowsAndCells {
        /** The row the reader is on (a {@code <row>} start tag), zero-based. */
        void row(int row, XMLStreamReader in);

        /** A cell's {@code s} attribute (null when left out). */
        void cell(int row, int column, String style);
    }

    /** Row heights, hidden rows, row styles and every cell's style, read into {@code format} while streaming. */
    RowsAndCells rowsAndCells(SheetFormat format) {
        return new RowsAndCells() {
            @Override
            public void row(int row, XMLStreamReader in) {
                leniently(() -> {
                    String height = in.getAttributeValue(null, "ht");
                    if (height != null) {
                        format.setRowHeight(row, Double.parseDouble(height));
                    }
                    if (isTrue(in.getAttributeValue(null, "hidden"))) {
                        format.hiddenRows().add(row);
                    }
                    String style = in.getAttributeValue(null, "s");
                    if (style != null && isTrue(in.getAttributeValue(null, "customFormat"))) {
                        format.setRowStyle(row, styles.cellStyle(Long.parseLong(style)));
                    }
                });
            }

            @Override
            public void cell(int row, int column, String style) {
                leniently(() -> cellStyle(format, row, column, style == null ? 0 : Long.parseLong(style)));
            }
        };
    }

    private static boolean isTrue(String xmlBoolean) {
        return "1".equals(xmlBoolean) || "true".equals(xmlBoolean);
    }

    /** A cell element's own style; its style 0 also stands against a styled row or column, as in Excel. */
    private void cellStyle(SheetFormat format, int row, int column, long index) {
        if (index > 0) {
            format.setStyle(row, column, styles.cellStyle(index));
        } else if (format.rowStyle(row) != null || format.columnStyle(column) != null) {
            format.setStyle(row, column, format.defaultStyle());
        }
    }

    private static void view(SheetFormat format, CTSheetView view) {
        if (view.isSetZoomScale() && view.getZoomScale() > 0) {
            format.setZoomPercent((int) view.getZoomScale());
        }
        if (view.isSetShowGridLines()) {
            format.setGridLines(view.getShowGridLines());
        }
        CTPane pane = view.getPane();
        if (pane != null && pane.isSetState()
                && (pane.getState() == STPaneState.FROZEN || pane.getState() == STPaneState.FROZEN_SPLIT)) {
            format.freeze((int) Math.max(0, pane.getYSplit()), (int) Math.max(0, pane.getXSplit()));
        }
    }
}
