package org.aibyhand.lesson.mamba;

import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.lesson.Block;
import org.aibyhand.lesson.OverTime;
import org.aibyhand.lesson.TimeSeries;

/**
 * The Mamba lesson's state over time: one series per state component h[d,n] at t = 1 … T, and for each step its
 * band (Ā_t, B̄_t, h_t and the Euler h_t) with column t of every tensor indexed by time (X, s, Δ, B, C, Y and the
 * Euler outputs).
 */
final class MambaOverTime {
    private MambaOverTime() {
    }

    static OverTime of(MambaLesson lesson, MambaScan scan) {
        int steps = lesson.steps;
        List<TimeSeries> series = new ArrayList<>(lesson.channels * lesson.state);
        for (int d = 0; d < lesson.channels; d++) {
            for (int n = 0; n < lesson.state; n++) {
                List<CellAddress> cells = new ArrayList<>(steps);
                for (int t = 0; t < steps; t++) {
                    cells.add(new CellAddress(scan.h(t).row(d), scan.h(t).column(n)));
                }
                series.add(new TimeSeries("h[" + (d + 1) + "," + (n + 1) + "]", cells));
            }
        }
        List<Block> timed = new ArrayList<>(List.of(lesson.x, lesson.s, lesson.delta, lesson.bSel, lesson.cSel, lesson.y));
        if (lesson.zoh) {
            timed.add(lesson.yEuler);
            timed.add(lesson.yDiff);
        }
        List<List<Area>> byStep = new ArrayList<>(steps);
        for (int t = 0; t < steps; t++) {
            List<Area> cells = new ArrayList<>(List.of(scan.abar(t).area(), scan.bbar(t).area(), scan.h(t).area()));
            if (lesson.zoh) {
                cells.add(scan.hEuler(t).area());
            }
            for (Block block : timed) {
                cells.add(MambaLesson.column(block, t));
            }
            byStep.add(cells);
        }
        return new OverTime(series, byStep);
    }
}
