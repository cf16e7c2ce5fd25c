package org.aibyhand.lesson;

import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.CellAddress;

/**
 * The RNN lesson's hidden state over time: one series per hidden unit, h[i] at t = 1 … T, and for each step
 * its column (its row when the sheet is transposed) of every block indexed by time.
 */
final class RnnOverTime {
    private RnnOverTime() {
    }

    static OverTime of(RnnTensors n) {
        Tensor h = n.h();
        int steps = h.columns();
        List<TimeSeries> series = new ArrayList<>(h.rows());
        for (int i = 0; i < h.rows(); i++) {
            List<CellAddress> cells = new ArrayList<>(steps);
            for (int t = 0; t < steps; t++) {
                cells.add(new CellAddress(h.sheetRow(i, t), h.sheetColumn(i, t)));
            }
            series.add(new TimeSeries("h[" + (i + 1) + "]", cells));
        }
        List<Tensor> timed = List.of(n.x(), h, n.yHat(), n.y(), n.dYHat(), n.dH(), n.dZ());
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
}
