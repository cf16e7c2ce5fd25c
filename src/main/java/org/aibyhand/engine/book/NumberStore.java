package org.aibyhand.engine.book;

import java.util.Arrays;

/**
 * The numbers of a workbook's cells, side by side in one {@code double[]}: each cell owns a slot for its life.
 * A network's tensors are millions of numbers, and keeping them dense (8 bytes each, eight to a cache line, in
 * the order their cells were made) rather than one value object per cell is what lets a full recalculation run
 * at memory speed. A slot holds NaN while its cell's value is not a number (no Excel value is NaN).
 */
public final class NumberStore {
    private static final double NOT_A_NUMBER = Double.NaN;

    /**
     * Heap a cell takes at most, counting its object, its number, its formula's share and the calculator's
     * bookkeeping: the lessons measure about 250 bytes per cell, loaded workbooks with text somewhat more.
     */
    private static final long BYTES_PER_CELL = 400;

    /** How many cells the workbook may have: as many as fit in the heap, or the {@code aibyhand.maxCells} property. */
    private final long limit = Long.getLong("aibyhand.maxCells", Math.max(1_000_000, Runtime.getRuntime().maxMemory() / BYTES_PER_CELL));
    private double[] numbers = new double[64];
    private int used;
    /** Slots of discarded cells, reused before the array grows. */
    private int[] free = new int[8];
    private int freeCount;

    int allocate() {
        int slot;
        if (freeCount > 0) {
            slot = free[--freeCount];
        } else {
            if (used >= limit) {
                throw new TooManyCellsException(limit);
            }
            if (used == numbers.length) {
                numbers = Arrays.copyOf(numbers, numbers.length * 2);
            }
            slot = used++;
        }
        numbers[slot] = NOT_A_NUMBER;
        return slot;
    }

    void release(int slot) {
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, freeCount * 2);
        }
        free[freeCount++] = slot;
    }

    double get(int slot) {
        return numbers[slot];
    }

    void set(int slot, double number) {
        numbers[slot] = number;
    }

    /**
     * The array itself, for code that reads and writes many slots in a loop. It is replaced when the store grows,
     * so take it again after anything that may create cells.
     */
    public double[] array() {
        return numbers;
    }
}
