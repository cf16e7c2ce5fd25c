package org.aibyhand.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.ref.Area;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Adds new drawing objects to a sheet of a workbook this program has just saved: line charts of ranges of the
 * sheet (which Excel and LibreOffice redraw when the cells recompute, shown first from the values the cells hold)
 * and PNG pictures. The file is read back with POI, given the objects and replaced atomically; it is meant for
 * workbooks made in the program, which hold nothing POI would not write back.
 */
public final class AddedDrawing {
    private record LineChart(String title, Area categories, Area values, int row, int column) {
    }

    private record Png(byte[] bytes, int row, int column, int columns, int rows) {
    }

    private final int sheet;
    private final List<LineChart> charts = new ArrayList<>();
    private final List<Png> pictures = new ArrayList<>();

    /** Objects for the sheet at {@code sheet} (0 for the first). */
    public AddedDrawing(int sheet) {
        this.sheet = sheet;
    }

    /** A line chart of {@code values} against {@code categories} (single columns), its top-left at (row, column). */
    public AddedDrawing lineChart(String title, Area categories, Area values, int row, int column) {
        charts.add(new LineChart(title, categories, values, row, column));
        return this;
    }

    /** A PNG stretched over {@code columns} × {@code rows} cells from (row, column). */
    public AddedDrawing picture(byte[] png, int row, int column, int columns, int rows) {
        pictures.add(new Png(png.clone(), row, column, columns, rows));
        return this;
    }

    /** Puts the objects into the saved workbook {@code file}. */
    public void addTo(Path file) throws IOException {
        XSSFWorkbook book;
        try (InputStream in = Files.newInputStream(file)) {
            book = new XSSFWorkbook(in);
        }
        try {
            XSSFSheet target = book.getSheetAt(sheet);
            XSSFDrawing drawing = target.createDrawingPatriarch();
            for (LineChart chart : charts) {
                draw(target, drawing, chart);
            }
            for (Png png : pictures) {
                int index = book.addPicture(png.bytes(), XSSFWorkbook.PICTURE_TYPE_PNG);
                XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, png.column(), png.row(),
                        png.column() + png.columns(), png.row() + png.rows());
                drawing.createPicture(anchor, index);
            }
            AtomicFiles.write(file, book::write);
        } finally {
            book.close();
        }
    }

    private static void draw(XSSFSheet sheet, XSSFDrawing drawing, LineChart spec) {
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, spec.column(), spec.row(), spec.column() + 8,
                spec.row() + 16);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(spec.title());
        chart.setTitleOverlay(false);
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setCrosses(org.apache.poi.xddf.usermodel.chart.AxisCrosses.AUTO_ZERO);
        XDDFNumericalDataSource<Double> x = XDDFDataSourcesFactory.fromNumericCellRange(sheet, range(spec.categories()));
        XDDFNumericalDataSource<Double> y = XDDFDataSourcesFactory.fromNumericCellRange(sheet, range(spec.values()));
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom, left);
        XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(x, y);
        series.setTitle(spec.title(), null);
        series.setSmooth(false);
        series.setMarkerStyle(MarkerStyle.NONE);
        chart.plot(data);
    }

    private static CellRangeAddress range(Area area) {
        return new CellRangeAddress(area.top(), area.bottom(), area.left(), area.right());
    }
}
