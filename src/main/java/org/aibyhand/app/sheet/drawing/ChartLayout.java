package org.aibyhand.app.sheet.drawing;

import org.aibyhand.engine.book.drawing.Chart;
import org.aibyhand.engine.book.drawing.ChartSeries;

/**
 * Where a chart's parts go in its box: title, legend, the plot area, and the scales of its axes (values, and
 * for scatter charts x values). The title is on top; the legend takes a strip on its side ({@code legendSize}
 * pixels: a row above or below the plot, a column beside it).
 */
record ChartLayout(Box box, Box plot, double titleHeight, double legendSize, AxisScale values, AxisScale xValues,
        int categories) {

    static ChartLayout of(Chart chart, Box box, double scale) {
        double pad = 8 * scale;
        double titleHeight = chart.title() != null ? 24 * scale : 0;
        String side = chart.legend() == null ? "" : chart.legend();
        double legendRow = side.equals("b") || side.equals("t") ? 20 * scale : 0;
        double legendColumn = legendRow == 0 && !side.isEmpty() ? legendWidth(chart, scale) : 0;
        boolean horizontal = chart.kind().equals(Chart.BAR);
        double labelWidth = 34 * scale;
        double labelHeight = 16 * scale;
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        double xLow = Double.POSITIVE_INFINITY;
        double xHigh = Double.NEGATIVE_INFINITY;
        int categories = 0;
        for (ChartSeries series : chart.series()) {
            categories = Math.max(categories, Math.max(series.values().size(), series.categories().size()));
            for (int i = 0; i < series.values().size(); i++) {
                double value = series.values().get(i);
                if (Double.isFinite(value)) {
                    low = Math.min(low, value);
                    high = Math.max(high, value);
                    double x = x(series, i);
                    xLow = Math.min(xLow, x);
                    xHigh = Math.max(xHigh, x);
                }
            }
        }
        boolean bars = horizontal || chart.kind().equals(Chart.COLUMN);
        AxisScale values = AxisScale.of(low, high, chart.yMin(), chart.yMax(), bars);
        AxisScale xValues = AxisScale.of(xLow, xHigh, chart.xMin(), chart.xMax(), false);
        // Labels of an axis that crosses inside the plot stand inside it, so the edge needs no room for them.
        boolean valueAxisInside = chart.kind().equals(Chart.SCATTER) && xValues.min() < 0 && xValues.max() > 0;
        boolean horizontalAxisInside = !horizontal && values.min() < 0 && values.max() > 0;
        Box plot = box.inset(pad + (horizontal ? labelWidth * 1.5 : valueAxisInside ? 0 : labelWidth)
                + (side.equals("l") ? legendColumn : 0), pad + titleHeight + (side.equals("t") ? legendRow : 0),
                pad + (side.equals("l") ? 0 : legendColumn),
                pad + (horizontalAxisInside ? 0 : labelHeight) + (side.equals("b") ? legendRow : 0));
        return new ChartLayout(box, plot, titleHeight, Math.max(legendRow, legendColumn), values, xValues,
                Math.max(1, categories));
    }

    /** A legend column's width: a swatch and the longest series name, about six pixels a character. */
    private static double legendWidth(Chart chart, double scale) {
        int longest = 0;
        for (ChartSeries series : chart.series()) {
            longest = Math.max(longest, series.name() == null ? 7 : series.name().length());
        }
        return (24 + 6 * Math.min(longest, 24)) * scale;
    }

    /** A point's x: its x value in a scatter chart with x values, else its place (1, 2, 3, ...). */
    static double x(ChartSeries series, int index) {
        return index < series.xValues().size() ? series.xValues().get(index) : index + 1;
    }

    /** Canvas x of a point of a line or scatter chart. */
    double pointX(Chart chart, ChartSeries series, int index) {
        if (chart.kind().equals(Chart.SCATTER)) {
            return xValues.place(x(series, index), plot.x(), plot.right());
        }
        return categoryCentre(index, plot.x(), plot.width());
    }

    /** Canvas y of a value on the value axis of a vertical chart. */
    double valueY(double value) {
        return values.place(value, plot.bottom(), plot.y());
    }

    /** The middle of the n-th category's band along an axis that starts at {@code from} and is {@code length} long. */
    double categoryCentre(int index, double from, double length) {
        return from + (index + 0.5) * length / categories;
    }

    /**
     * Canvas x where the value axis stands: at x = 0 in a scatter chart whose x range holds 0 (Excel's axes cross
     * at zero), else the plot's left edge. Its tick labels stand beside it.
     */
    double crossX(Chart chart) {
        boolean crossesInside = chart.kind().equals(Chart.SCATTER) && xValues.min() < 0 && xValues.max() > 0;
        return crossesInside ? xValues.place(0, plot.x(), plot.right()) : plot.x();
    }

    /** Canvas y where the horizontal axis stands: at value 0 when the value range holds it, else the plot's bottom. */
    double crossY() {
        return values.min() < 0 && values.max() > 0 ? valueY(0) : plot.bottom();
    }
}
