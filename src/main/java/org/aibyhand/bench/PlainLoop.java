package org.aibyhand.bench;

import org.aibyhand.engine.book.Workbook;

/** A lesson's tensors computed by a plain Java loop from the givens of its workbook, to time and to check against. */
interface PlainLoop extends Runnable {
    /** Computes every tensor (again), into arrays allocated once. */
    @Override
    void run();

    /** The largest absolute difference between the loop's tensors and the workbook's (NaN when a cell is not a number). */
    double maxDifference(Workbook book);
}
