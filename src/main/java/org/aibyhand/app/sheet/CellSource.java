package org.aibyhand.app.sheet;

import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.eval.CellLook;

/** What the painter reads of a sheet: its cells, how each looks now, and which values are withheld. */
public interface CellSource {
    Sheet sheet();

    /** The cell's style with its conditional formats applied, and its data bar. */
    CellLook look(int row, int column);

    /** Whether the cell's value is withheld (a walkthrough's reveal mode hides stages not reached yet). */
    default boolean withheld(int row, int column) {
        return false;
    }
}
