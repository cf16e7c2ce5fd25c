package org.aibyhand.engine.book;

/**
 * A workbook would need more cells than fit in memory: thrown when a cell is created past the limit, long
 * before the heap runs out, so that a file, a lesson or a spill too large for the machine ends in one sentence
 * instead of an OutOfMemoryError minutes later.
 */
public final class TooManyCellsException extends RuntimeException {
    private final long limit;

    public TooManyCellsException(long limit) {
        super(String.format("it needs more than %,d cells, more than fit in the %,d MB of memory this program may use",
                limit, Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        this.limit = limit;
    }

    /** The number of cells a workbook may have. */
    public long limit() {
        return limit;
    }
}
