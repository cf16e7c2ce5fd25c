package org.aibyhand.lesson;

import java.util.List;
import org.aibyhand.engine.ref.Area;

/**
 * A sequence lesson's hidden state over time, for the chart: one series per state component (its cell at each
 * step, t = 1 … T in order), and the cells of each step to highlight when the step is selected.
 */
public record OverTime(List<TimeSeries> series, List<List<Area>> steps) {

    public OverTime {
        series = List.copyOf(series);
        steps = steps.stream().map(List::copyOf).toList();
    }

    public int stepCount() {
        return steps.size();
    }
}
