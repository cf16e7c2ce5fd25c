package org.aibyhand.app.sheet.drawing;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.aibyhand.engine.book.drawing.Chart;
import org.aibyhand.engine.book.drawing.ChartSeries;

/**
 * Clustered columns (vertical) and bars (horizontal): each category's band holds one bar per series, with
 * Excel's default gap of one and a half bar widths between clusters.
 */
final class BarSeries {
    private static final double GAP_IN_BARS = 1.5;
    private static final Color GRID = Color.rgb(217, 217, 217);

    private BarSeries() {
    }

    static void vertical(GraphicsContext g, Chart chart, ChartLayout layout, double scale) {
        Box plot = layout.plot();
        double band = plot.width() / layout.categories();
        double bar = band / (chart.series().size() + GAP_IN_BARS);
        double zero = layout.valueY(Math.max(layout.values().min(), Math.min(layout.values().max(), 0)));
        forEachBar(g, chart, (s, i, value) -> {
            double x = plot.x() + i * band + bar * (GAP_IN_BARS / 2 + s);
            double y = layout.valueY(value);
            g.fillRect(x, Math.min(y, zero), bar, Math.abs(zero - y));
        });
    }

    /** Bars grow rightwards from the value axis; categories run from the bottom up, as in Excel. */
    static void horizontal(GraphicsContext g, Chart chart, ChartLayout layout, ChartPainter labels, double scale) {
        Box plot = layout.plot();
        AxisScale values = layout.values();
        g.setLineWidth(Math.max(1, 0.75 * scale));
        g.setStroke(GRID);
        for (double tick : values.ticks()) {
            double x = values.place(tick, plot.x(), plot.right());
            g.strokeLine(x, plot.y(), x, plot.bottom());
            labels.label(g, AxisScale.label(tick), x, plot.bottom() + 3 * scale, 9 * scale, TextAlignment.CENTER, VPos.TOP);
        }
        double band = plot.height() / layout.categories();
        double bar = band / (chart.series().size() + GAP_IN_BARS);
        double zero = values.place(Math.max(values.min(), Math.min(values.max(), 0)), plot.x(), plot.right());
        List<String> names = chart.series().isEmpty() ? List.of() : chart.series().get(0).categories();
        for (int i = 0; i < layout.categories(); i++) {
            String name = i < names.size() ? names.get(i) : String.valueOf(i + 1);
            labels.label(g, name, plot.x() - 4 * scale, plot.bottom() - (i + 0.5) * band, 9 * scale, TextAlignment.RIGHT,
                    VPos.CENTER);
        }
        forEachBar(g, chart, (s, i, value) -> {
            double y = plot.bottom() - (i + 1) * band + bar * (GAP_IN_BARS / 2 + s);
            double x = values.place(value, plot.x(), plot.right());
            g.fillRect(Math.min(x, zero), y, Math.abs(x - zero), bar);
        });
    }

    /** Receives one bar: its series' place, its category's place and its value. */
    private interface BarVisitor {
        void bar(int series, int category, double value);
    }

    /** Visits every bar with a value, with the canvas's fill set to its series' colour. */
    private static void forEachBar(GraphicsContext g, Chart chart, BarVisitor visitor) {
        for (int s = 0; s < chart.series().size(); s++) {
            ChartSeries series = chart.series().get(s);
            g.setFill(Paints.of(series.color()));
            for (int i = 0; i < series.values().size(); i++) {
                double value = series.values().get(i);
                if (Double.isFinite(value)) {
                    visitor.bar(s, i, value);
                }
            }
        }
    }
}
