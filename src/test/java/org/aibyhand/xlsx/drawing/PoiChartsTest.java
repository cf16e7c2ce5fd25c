package org.aibyhand.xlsx.drawing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aibyhand.engine.book.drawing.Chart;
import org.aibyhand.engine.book.drawing.ChartSeries;
import org.aibyhand.engine.book.drawing.Drawing;
import org.aibyhand.xlsx.XlsxReader;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Line and column charts made with POI from cells: read back with their kind, title, series, labels and values. */
class PoiChartsTest {
    private static final String[] EPOCHS = {"e1", "e2", "e3", "e4"};
    private static final double[] LOSS = {0.9, 0.5, 0.3, 0.25};
    private static final double[] ACCURACY = {0.4, 0.7, 0.8, 0.85};

    @TempDir
    Path temp;

    @Test
    void lineAndColumnChartsAreReadFromTheirCaches() throws Exception {
        Path file = temp.resolve("charts.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = book.createSheet("Training");
            for (int r = 0; r < EPOCHS.length; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue(EPOCHS[r]);
                row.createCell(1).setCellValue(LOSS[r]);
                row.createCell(2).setCellValue(ACCURACY[r]);
            }
            XSSFDrawing drawing = sheet.createDrawingPatriarch();
            addChart(sheet, drawing, ChartTypes.LINE, "Loss", 0, 1);
            addChart(sheet, drawing, ChartTypes.BAR, null, 16, 1, 2);
            book.write(out);
        }
        List<Drawing> drawings = XlsxReader.read(file).workbook().sheet("Training").format().drawings();
        assertEquals(2, drawings.size());

        Chart line = assertInstanceOf(Chart.class, drawings.get(0).object());
        assertEquals(Chart.LINE, line.kind());
        assertEquals("Loss", line.title());
        assertEquals("b", line.legend(), "the legend below, as POI was told");
        ChartSeries loss = line.series().get(0);
        assertEquals(List.of(EPOCHS), loss.categories());
        assertEquals(List.of(0.9, 0.5, 0.3, 0.25), loss.values());
        assertEquals("loss", loss.name());

        Chart columns = assertInstanceOf(Chart.class, drawings.get(1).object());
        assertEquals(Chart.COLUMN, columns.kind());
        assertEquals(2, columns.series().size());
        assertEquals(List.of(0.4, 0.7, 0.8, 0.85), columns.series().get(1).values());
        assertTrue(!columns.series().get(0).color().equals(columns.series().get(1).color()), "each series its own accent");
    }

    private static void addChart(XSSFSheet sheet, XSSFDrawing drawing, ChartTypes type, String title, int top, int... valueColumns) {
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 4, top, 12, top + 15));
        if (title != null) {
            chart.setTitleText(title);
        }
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        var bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        var left = chart.createValueAxis(AxisPosition.LEFT);
        XDDFDataSource<String> epochs = XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(0, 3, 0, 0));
        XDDFChartData data = chart.createData(type, bottom, left);
        for (int column : valueColumns) {
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(0, 3, column, column));
            data.addSeries(epochs, values).setTitle(column == 1 ? "loss" : "accuracy", null);
        }
        if (data instanceof XDDFBarChartData bars) {
            bars.setBarDirection(BarDirection.COL);
        }
        chart.plot(data);
    }
}
