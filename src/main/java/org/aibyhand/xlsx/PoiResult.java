package org.aibyhand.xlsx;

import java.util.List;

/**
 * What Apache POI's formula evaluator made of a workbook: whether it computed every formula cell to the value the
 * file holds, got some wrong, failed (the exception, and where) or ran out of time; how many cells it counts as
 * formulas (array members included); how long loading took; and the time of each timed full evaluation, warm.
 */
public record PoiResult(Status status, int formulaCells, String detail, long loadNanos, List<Long> runNanos) {

    /** How the evaluation ended. */
    public enum Status {
        /** Every formula cell equals the value the file holds (numbers within a relative 1e-9). */
        CORRECT,
        /** POI computed every cell, but some differ from the file's values; {@code detail} says which. */
        WRONG,
        /** POI threw on some cell (or could not load the file); {@code detail} names the exception. */
        FAILED,
        /** The time allowed ran out; {@code detail} says how far POI got. */
        TIMED_OUT
    }

    public PoiResult {
        runNanos = List.copyOf(runNanos);
    }

    /** True when POI computed every cell, rightly or not, so its times mean something. */
    public boolean computed() {
        return status == Status.CORRECT || status == Status.WRONG;
    }
}
