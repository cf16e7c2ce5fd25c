package org.aibyhand.engine.book.drawing;

/**
 * Where a drawing object sits on its sheet, as the file says: between two cells (it stretches with them), at
 * one cell with a fixed size, or at an absolute position. Offsets and sizes are in EMUs (914,400 an inch,
 * 9,525 a pixel at 96 dpi); rows and columns count from 0.
 */
public sealed interface Anchor permits Anchor.TwoCell, Anchor.OneCell, Anchor.Absolute {

    /** A point given by a cell's top-left corner and an offset from it. */
    record CellPoint(int column, long columnOffsetEmu, int row, long rowOffsetEmu) {
    }

    /** From one cell point to another; {@code editAs} is how Excel moves it with its cells (twoCell, oneCell, absolute). */
    record TwoCell(CellPoint from, CellPoint to, String editAs) implements Anchor {
    }

    /** At one cell point, with a size of its own. */
    record OneCell(CellPoint from, long widthEmu, long heightEmu) implements Anchor {
    }

    /** At a position from the sheet's top-left corner, with a size of its own. */
    record Absolute(long xEmu, long yEmu, long widthEmu, long heightEmu) implements Anchor {
    }
}
