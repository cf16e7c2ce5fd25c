package org.aibyhand.lesson;

import java.util.Random;

/**
 * Numbers a person can compute with by hand, drawn from a seed so a lesson is the same every time: one
 * decimal in a small range, or small integers.
 */
public final class HandValues {
    private final Random random;

    public HandValues(long seed) {
        this.random = new Random(seed);
    }

    /** A value in [-limit, limit] with one decimal, such as -0.3 or 0.7. */
    public double tenth(double limit) {
        int steps = (int) Math.round(limit * 10);
        return (random.nextInt(2 * steps + 1) - steps) / 10.0;
    }

    /** A whole number in [low, high]. */
    public int whole(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    /** 0 or 1, for one-hot targets and binary labels. */
    public int bit() {
        return random.nextInt(2);
    }
}
