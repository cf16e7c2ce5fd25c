package org.aibyhand.lesson;

import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.CellAddress;

/**
 * A sequence lesson's hidden state over time, for the chart: one series per state component (its cell at each
 * step, t = 1 … T in order), and the cells of each step to highlight when the step is selected.
 */
public record OverTime(List<TimeSeries> series, List<List<Area>> steps) {

    public OverTime {
        series = List.copyOf(series);
        steps = steps.stream().map(List::copyOf).toList();
    }

    /**
     * One series per row of {@code state} (labelled "h[1]", "h[2]", ... for symbol "h"), and for each step its
     * column (its row when transposed) of every tensor in {@code timed}.
     */
    public static OverTime of(Tensor state, String symbol, List<Tensor> timed) {
        int steps = state.columns();
        List<TimeSeries> series = new ArrayList<>(state.rows());
        for (int i = 0; i < state.rows(); i++) {
            List<CellAddress> cells = new ArrayList<>(steps);
            for (int t = 0; t < steps; t++) {
                cells.add(new CellAddress(state.sheetRow(i, t), state.sheetColumn(i, t)));
            }
            series.add(new TimeSeries(symbol + "[" + (i + 1) + "]", cells));
        }
        List<List<Area>> byStep = new ArrayList<>(steps);
        for (int t = 0; t < steps; t++) {
            List<Area> cells = new ArrayList<>(timed.size());
            for (Tensor tensor : timed) {
                cells.add(tensor.columns(t, t));
            }
            byStep.add(cells);
        }
        return new OverTime(series, byStep);
    }

    public int stepCount() {
        return steps.size();
    }
}
