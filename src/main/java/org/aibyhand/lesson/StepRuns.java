package org.aibyhand.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * How a recurrence is walked through: one stage per step for a short sequence, or at most {@value #MAX} runs of
 * consecutive steps for a long one, so the plan stays short.
 */
public record StepRuns(int from, int to) {
    public static final int MAX = 12;

    /** The runs covering steps 0 … steps − 1 in order. */
    public static List<StepRuns> of(int steps) {
        List<StepRuns> runs = new ArrayList<>();
        if (steps <= MAX) {
            for (int t = 0; t < steps; t++) {
                runs.add(new StepRuns(t, t));
            }
        } else {
            for (int g = 0; g < MAX; g++) {
                runs.add(new StepRuns((int) ((long) g * steps / MAX), (int) ((long) (g + 1) * steps / MAX) - 1));
            }
        }
        return runs;
    }

    public boolean single() {
        return from == to;
    }

    /** "t = 3" or "t = 1 … 8", with 1-based steps. */
    public String title() {
        return single() ? "t = " + (from + 1) : "t = " + (from + 1) + " … " + (to + 1);
    }
}
