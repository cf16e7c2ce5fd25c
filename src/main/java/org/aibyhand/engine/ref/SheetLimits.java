package org.aibyhand.engine.ref;

/** The size of an Excel worksheet. */
public final class SheetLimits {
    public static final int ROWS = 1_048_576;
    public static final int COLUMNS = 16_384;

    private SheetLimits() {
    }

    public static boolean contains(int row, int column) {
        return row >= 0 && row < ROWS && column >= 0 && column < COLUMNS;
    }
}
