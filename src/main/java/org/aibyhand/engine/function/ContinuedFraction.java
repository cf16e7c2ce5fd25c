package org.aibyhand.engine.function;

import java.util.function.IntToDoubleFunction;

/**
 * Evaluates b0 + a1/(b1 + a2/(b2 + ...)) by the modified Lentz method, until a step changes the value by less
 * than a part in 10^16: the one loop behind erfc and the incomplete gamma and beta functions.
 */
final class ContinuedFraction {
    private static final double TINY = 1e-300;
    private static final double EPSILON = 1e-16;
    private static final int MAX_TERMS = 10_000;

    private ContinuedFraction() {
    }

    static double evaluate(double b0, IntToDoubleFunction a, IntToDoubleFunction b) {
        double f = nonZero(b0);
        double c = f;
        double d = 0;
        for (int n = 1; n < MAX_TERMS; n++) {
            double an = a.applyAsDouble(n);
            double bn = b.applyAsDouble(n);
            d = 1 / nonZero(bn + an * d);
            c = nonZero(bn + an / c);
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                break;
            }
        }
        return f;
    }

    private static double nonZero(double value) {
        return Math.abs(value) < TINY ? TINY : value;
    }
}
