package org.aibyhand.lesson.rnn;

import java.util.List;
import org.aibyhand.lesson.OverTime;

/**
 * The RNN lesson's hidden state over time: one series per hidden unit, h[i] at t = 1 … T, and for each step
 * its column (its row when the sheet is transposed) of every block indexed by time.
 */
final class RnnOverTime {
    private RnnOverTime() {
    }

    static OverTime of(RnnTensors n) {
        return OverTime.of(n.h(), "h", List.of(n.x(), n.h(), n.yHat(), n.y(), n.dYHat(), n.dH(), n.dZ()));
    }
}
