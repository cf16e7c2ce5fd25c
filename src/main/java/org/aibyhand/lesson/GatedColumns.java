package org.aibyhand.lesson;

/**
 * The columns of a gated recurrence's sheet (LSTM, GRU), in {@link TimeLayout} coordinates: a narrow margin,
 * then each gate's input weights W (I wide), recurrent weights U (H wide) and bias b, the initial state, and one
 * column per time step. The initial state sits just before the first step, so the formula written for t = 1
 * reads its previous state exactly as every later step does.
 */
public record GatedColumns(int inputs, int hidden, int steps) {
    /** The column of the labels and the legend. */
    public static final int LEFT = 1;

    public int w() {
        return LEFT;
    }

    public int u() {
        return w() + inputs + 1;
    }

    public int b() {
        return u() + hidden + 1;
    }

    public int initial() {
        return b() + 2;
    }

    /** The column of time step t (0-based). */
    public int time(int t) {
        return initial() + 1 + t;
    }

    /** The column of the equations, right of the last step. */
    public int equations() {
        return time(steps - 1) + 2;
    }

    /** Columns the layout needs across. */
    public int width() {
        return equations() + 1;
    }

    /** Bands for this sheet from {@code row} down. */
    public TimeBands bands(TimeLayout layout, int row) {
        return new TimeBands(layout, row, LEFT, initial(), time(0), steps, equations());
    }

    /** Narrow gap columns between the blocks. */
    public void gaps(TimeLayout layout) {
        double gap = 2;
        layout.columnWidth(0, gap);
        layout.columnWidth(u() - 1, gap);
        layout.columnWidth(b() - 1, gap);
        layout.columnWidth(b() + 1, gap);
        layout.columnWidth(time(steps - 1) + 1, gap);
    }

    /** A clear message when the steps do not fit across a worksheet. */
    public void requireFits(String kind) {
        if (!TimeLayout.fitsAcross(width())) {
            throw new IllegalArgumentException("the " + kind + " lesson with T = " + steps + " needs " + width()
                    + " columns, more than a worksheet has; choose fewer --steps");
        }
    }
}
