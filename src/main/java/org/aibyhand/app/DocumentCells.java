package org.aibyhand.app;

import org.aibyhand.app.sheet.CellSource;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.eval.CellLook;

/**
 * A sheet of an open document as the painter reads it: its cells, their looks with the conditional formats
 * applied, and, when a walkthrough is given, the values its reveal mode withholds.
 */
record DocumentCells(Document document, Sheet sheet, Walkthrough walkthrough) implements CellSource {

    /** A sheet with nothing withheld, as a picture of the file shows it. */
    DocumentCells(Document document, Sheet sheet) {
        this(document, sheet, null);
    }

    @Override
    public CellLook look(int row, int column) {
        return document.looks().look(sheet, row, column);
    }

    @Override
    public boolean withheld(int row, int column) {
        return walkthrough != null && walkthrough.hides(sheet, row, column);
    }
}
