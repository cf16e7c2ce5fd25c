package org.aibyhand.lesson;

/**
 * Hands out horizontal bands of a sequence lesson top to bottom, in {@link TimeLayout} coordinates: a label row,
 * the block rows (as many as the tallest of the blocks and the lines of the equation beside them), a blank row.
 * Headings carry the time step over each column, and "t = 0" over the column of the initial state.
 */
public final class TimeBands {
    private final TimeLayout layout;
    private final int labelColumn;
    private final int initialColumn;
    private final int firstStep;
    private final int steps;
    private final int equations;
    private int row;

    /**
     * Bands from {@code row} down; headings start at {@code labelColumn}, time step t (0-based) is column
     * {@code firstStep + t}, the initial state sits in {@code initialColumn} and equations in {@code equations}.
     */
    public TimeBands(TimeLayout layout, int row, int labelColumn, int initialColumn, int firstStep, int steps, int equations) {
        this.layout = layout;
        this.row = row;
        this.labelColumn = labelColumn;
        this.initialColumn = initialColumn;
        this.firstStep = firstStep;
        this.steps = steps;
        this.equations = equations;
    }

    /** The row the next band would start on. */
    public int row() {
        return row;
    }

    /** A heading row with the time step above each column (and "t = 0" over the initial state when {@code start}). */
    public void heading(String text, boolean start) {
        layout.label(row, labelColumn, text);
        if (start) {
            layout.label(row, initialColumn, "t = 0");
        }
        for (int t = 0; t < steps; t++) {
            layout.label(row, firstStep + t, "t = " + (t + 1));
        }
        row++;
    }

    /** Reserves a band for blocks of {@code rows} rows and writes its equation lines; returns the first block row. */
    public int next(int rows, String... equationLines) {
        int top = row + 1;
        for (int k = 0; k < equationLines.length; k++) {
            layout.equation(top + k, equations, equationLines[k]);
        }
        row = top + Math.max(rows, equationLines.length) + 1;
        return top;
    }
}
