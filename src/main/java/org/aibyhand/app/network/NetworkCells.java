package org.aibyhand.app.network;

import java.util.List;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.CellAddress;

/**
 * What the network view needs to know of the open workbook's lesson sheet, and the one thing it does to it:
 * select a cell. The main window answers it, so the view never reaches into the document or the walkthrough.
 */
public interface NetworkCells {

    /** The number a cell holds now, or null when it is empty, text or an error. */
    Double value(CellAddress cell);

    /** Whether reveal mode hides the cell (its stage is not reached yet). */
    boolean hidden(CellAddress cell);

    /** The areas selected in the grid. */
    List<Area> selection();

    /** The current walkthrough stage's areas (none before the first stage). */
    List<Area> stage();

    /** Selects a cell in the grid and brings it into view. */
    void select(CellAddress cell);
}
