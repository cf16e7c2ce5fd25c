package org.aibyhand.app.sheet.drawing;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.aibyhand.engine.book.drawing.Chart;
import org.aibyhand.engine.book.drawing.ChartSeries;

/**
 * Draws a chart from its cached values in Excel's default look: white area with a light frame, title, light
 * gridlines with tick labels, line and scatter series (lines and markers), clustered columns or bars, and a
 * legend. Chart kinds it does not draw are a framed placeholder naming the kind.
 */
final class ChartPainter {
    private static final Color FRAME = Color.rgb(217, 217, 217);
    private static final Color GRID = Color.rgb(217, 217, 217);
    private static final Color AXIS = Color.rgb(191, 191, 191);
    private static final Color LABEL = Color.rgb(89, 89, 89);

    private final TextMeasure measure;

    ChartPainter(TextMeasure measure) {
        this.measure = measure;
    }

    void paint(GraphicsContext g, Chart chart, Box box, double scale) {
        g.setFill(Color.WHITE);
        g.fillRect(box.x(), box.y(), box.width(), box.height());
        g.setStroke(FRAME);
        g.setLineWidth(Math.max(1, 0.75 * scale));
        g.strokeRect(box.x(), box.y(), box.width(), box.height());
        if (!chart.isDrawable()) {
            label(g, chart.kind() + " chart", box.centerX(), box.centerY(), 11 * scale, TextAlignment.CENTER, VPos.CENTER);
            return;
        }
        ChartLayout layout = ChartLayout.of(chart, box, scale);
        if (chart.title() != null) {
            g.setFill(LABEL);
            g.setFont(measure.font("Calibri", false, false, 14 * 96 / 72.0 * scale));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(chart.title(), box.centerX(), box.y() + 8 * scale + layout.titleHeight() / 2, box.width());
        }
        g.save();
        g.beginPath();
        g.rect(box.x(), box.y(), box.width(), box.height());
        g.clip();
        if (chart.kind().equals(Chart.BAR)) {
            BarSeries.horizontal(g, chart, layout, this, scale);
        } else {
            valueGrid(g, layout, layout.crossX(chart), scale);
            if (chart.kind().equals(Chart.SCATTER)) {
                xGrid(g, layout, scale);
            } else {
                categoryLabels(g, chart, layout, scale);
            }
            if (chart.kind().equals(Chart.COLUMN)) {
                BarSeries.vertical(g, chart, layout, scale);
            } else {
                lines(g, chart, layout, scale);
            }
        }
        if (chart.legend() != null) {
            legend(g, chart, layout, scale);
        }
        g.restore();
    }

    /** Horizontal gridlines at the value ticks, labelled left of the value axis. */
    private void valueGrid(GraphicsContext g, ChartLayout layout, double axisX, double scale) {
        Box plot = layout.plot();
        g.setLineWidth(Math.max(1, 0.75 * scale));
        for (double tick : layout.values().ticks()) {
            double y = layout.valueY(tick);
            g.setStroke(tick == 0 ? AXIS : GRID);
            g.strokeLine(plot.x(), y, plot.right(), y);
            label(g, AxisScale.label(tick), axisX - 4 * scale, y, 9 * scale, TextAlignment.RIGHT, VPos.CENTER);
        }
    }

    /** Vertical gridlines at a scatter chart's x ticks, labelled below. */
    private void xGrid(GraphicsContext g, ChartLayout layout, double scale) {
        Box plot = layout.plot();
        for (double tick : layout.xValues().ticks()) {
            double x = layout.xValues().place(tick, plot.x(), plot.right());
            g.setStroke(tick == 0 ? AXIS : GRID);
            g.strokeLine(x, plot.y(), x, plot.bottom());
            label(g, AxisScale.label(tick), x, layout.crossY() + 3 * scale, 9 * scale, TextAlignment.CENTER, VPos.TOP);
        }
    }

    private void categoryLabels(GraphicsContext g, Chart chart, ChartLayout layout, double scale) {
        Box plot = layout.plot();
        g.setStroke(AXIS);
        g.strokeLine(plot.x(), layout.crossY(), plot.right(), layout.crossY());
        List<String> names = chart.series().isEmpty() ? List.of() : chart.series().get(0).categories();
        int every = Math.max(1, (int) Math.ceil(layout.categories() * 30 * scale / Math.max(1, plot.width())));
        for (int i = 0; i < layout.categories(); i += every) {
            String name = i < names.size() ? names.get(i) : String.valueOf(i + 1);
            label(g, name, layout.categoryCentre(i, plot.x(), plot.width()), layout.crossY() + 3 * scale, 9 * scale,
                    TextAlignment.CENTER, VPos.TOP);
        }
    }

    private static void lines(GraphicsContext g, Chart chart, ChartLayout layout, double scale) {
        for (ChartSeries series : chart.series()) {
            g.setStroke(Paints.of(series.color()));
            g.setFill(Paints.of(series.color()));
            g.setLineWidth(2.25 * scale);
            double lastX = Double.NaN;
            double lastY = Double.NaN;
            for (int i = 0; i < series.values().size(); i++) {
                double value = series.values().get(i);
                double px = layout.pointX(chart, series, i);
                if (!Double.isFinite(value) || !Double.isFinite(px)) {
                    lastX = Double.NaN; // a missing point is a gap, as Excel shows blanks by default
                    continue;
                }
                double py = layout.valueY(value);
                if (series.lineShown() && !Double.isNaN(lastX)) {
                    g.strokeLine(lastX, lastY, px, py);
                }
                if (series.marker() != null) {
                    double r = 2.5 * scale;
                    g.fillOval(px - r, py - r, 2 * r, 2 * r);
                }
                lastX = px;
                lastY = py;
            }
        }
    }

    /** The legend: a swatch and a name per series, in a row above or below the plot or a column beside it. */
    private void legend(GraphicsContext g, Chart chart, ChartLayout layout, double scale) {
        double swatch = 7 * scale;
        double gap = 12 * scale;
        double pad = 8 * scale;
        Font font = measure.font("Calibri", false, false, 9 * 96 / 72.0 * scale);
        Box box = layout.box();
        String side = chart.legend();
        boolean row = side.equals("b") || side.equals("t");
        double x;
        double y;
        if (row) {
            double total = 0;
            for (ChartSeries series : chart.series()) {
                total += swatch + 4 * scale + measure.width(name(series, chart), font) + gap;
            }
            x = box.centerX() - (total - gap) / 2;
            y = side.equals("t") ? box.y() + pad + layout.titleHeight() + layout.legendSize() / 2
                    : box.bottom() - pad - layout.legendSize() / 2;
        } else {
            x = side.equals("l") ? box.x() + pad : box.right() - pad - layout.legendSize() + gap;
            double step = 16 * scale;
            y = side.equals("tr") ? layout.plot().y() + step / 2
                    : layout.plot().centerY() - (chart.series().size() - 1) * step / 2;
        }
        for (ChartSeries series : chart.series()) {
            g.setFill(Paints.of(series.color()));
            g.fillRect(x, y - swatch / 2, swatch, swatch);
            label(g, name(series, chart), x + swatch + 4 * scale, y, 9 * scale, TextAlignment.LEFT, VPos.CENTER);
            if (row) {
                x += swatch + 4 * scale + measure.width(name(series, chart), font) + gap;
            } else {
                y += 16 * scale;
            }
        }
    }

    private static String name(ChartSeries series, Chart chart) {
        return series.name() != null ? series.name() : "Series" + (chart.series().indexOf(series) + 1);
    }

    /** Draws a label in Excel's grey at a size in points. */
    void label(GraphicsContext g, String text, double x, double y, double points, TextAlignment align, VPos baseline) {
        g.setFill(LABEL);
        g.setFont(measure.font("Calibri", false, false, points * 96 / 72.0));
        g.setTextAlign(align);
        g.setTextBaseline(baseline);
        g.fillText(text, x, y);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }
}
