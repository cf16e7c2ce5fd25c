package org.aibyhand.engine.function;

import java.util.function.DoubleUnaryOperator;

/**
 * Inverts an increasing cumulative distribution by bisection on a bracket widened until it holds the
 * probability: slow next to Newton's method but certain, and exact to the last bits the CDF can tell apart.
 */
final class Inverse {
    private Inverse() {
    }

    /** The x in [low, high) (high doubled while too small) with cdf(x) = p. */
    static double of(DoubleUnaryOperator cdf, double p, double low, double high) {
        while (cdf.applyAsDouble(high) < p && high < 1e300) {
            low = high;
            high *= 2;
        }
        for (int i = 0; i < 2000; i++) {
            double middle = low + (high - low) / 2;
            if (middle <= low || middle >= high) {
                break;
            }
            if (cdf.applyAsDouble(middle) < p) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return low + (high - low) / 2;
    }
}
