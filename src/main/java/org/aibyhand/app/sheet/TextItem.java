package org.aibyhand.app.sheet;

import java.util.List;
import org.aibyhand.engine.book.format.CellStyle;

/**
 * One cell's text as laid out for painting: its lines, where it is aligned, and the rectangle it may use,
 * which is wider than the cell when the text runs on into empty neighbours; {@code rich} holds the runs of a
 * one-line rich text, else null.
 */
record TextItem(int row, int column, List<String> lines, CellStyle style, CellText.Align align,
        double left, double top, double right, double bottom, double cellLeft, double cellRight, RichLine rich) {

    /** Whether the text runs on past its own cell. */
    boolean overflowing() {
        return left < cellLeft - 0.5 || right > cellRight + 0.5;
    }
}
