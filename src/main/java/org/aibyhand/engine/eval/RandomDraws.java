package org.aibyhand.engine.eval;

import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;

/**
 * Where RAND, RANDBETWEEN and RANDARRAY draw from. Without a seed, fresh numbers every time, as in Excel. With
 * one (a workbook-level defined name {@value #SEED_NAME} holding a number), the numbers of a cell depend only on
 * the seed and the cell's position: the same on every recalculation and in every program order, so a lesson's
 * random initialisation is fixed, and a different seed gives different numbers.
 */
final class RandomDraws {
    /** The defined name that holds the seed. */
    static final String SEED_NAME = "AIBYHAND.SEED";

    /** The seeded generator of the cell being evaluated, made at its first draw. */
    private SplittableRandom current;

    /** A new cell's evaluation begins: its draws start again from its own beginning. */
    void startCell() {
        current = null;
    }

    RandomGenerator generator(Value seed, int sheet, int row, int column) {
        if (!(seed instanceof NumberValue number)) {
            return ThreadLocalRandom.current();
        }
        if (current == null) {
            long key = Double.doubleToLongBits(number.value());
            key = key * 31 + sheet;
            key = key * 1_048_583 + row;
            key = key * 16_411 + column;
            current = new SplittableRandom(key);
        }
        return current;
    }
}
