package org.aibyhand.lesson;

import org.aibyhand.engine.ref.A1;

/**
 * A1 addresses of a block's elements with $ pins, for formulas filled over a block with
 * {@link LessonSheet#fill}: a pinned part stays put while the formula moves, as in a spreadsheet's fill down.
 */
public final class Pinned {
    private Pinned() {
    }

    /** {@code $D7}: the column stays, the row moves with the formula (a weight row read across a block). */
    public static String column(Block block, int i, int j) {
        return "$" + A1.columnName(block.column(j)) + (block.row(i) + 1);
    }

    /** {@code D$7}: the row stays, the column moves with the formula (an input column read down a block). */
    public static String row(Block block, int i, int j) {
        return A1.columnName(block.column(j)) + "$" + (block.row(i) + 1);
    }

    /** {@code $D$7}: the same cell wherever the formula goes. */
    public static String both(Block block, int i, int j) {
        return "$" + A1.columnName(block.column(j)) + "$" + (block.row(i) + 1);
    }
}
