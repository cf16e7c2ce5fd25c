package org.aibyhand.engine.formula;

/** How an area reference was written: a cell rectangle, whole columns, or whole rows. */
public enum AreaShape {
    CELLS, COLUMNS, ROWS
}
