package org.aibyhand.engine.function;

import static org.aibyhand.engine.function.NumberCalls.flag;
import static org.aibyhand.engine.function.NumberCalls.or;
import static org.aibyhand.engine.function.NumberCalls.numbers;
import static org.aibyhand.engine.function.NumberCalls.require;
import static org.aibyhand.engine.function.SpecialFunctions.incompleteBeta;

/**
 * The distributions on the incomplete beta function: BETA.DIST, BETA.INV, Student's T (T.DIST, T.DIST.2T,
 * T.DIST.RT, T.INV, T.INV.2T, CONFIDENCE.T) and F (F.DIST, F.DIST.RT, F.INV, F.INV.RT), with pre-2010 names.
 */
final class BetaDistributions {
    private BetaDistributions() {
    }

    static void register(FunctionRegistry registry) {
        numbers(registry, "BETA.DIST", 4, 6, x -> beta(x[0], x[1], x[2], flag(x[3]), or(x[4], 0), or(x[5], 1)));
        numbers(registry, "BETADIST", 3, 5, x -> beta(x[0], x[1], x[2], true, or(x[3], 0), or(x[4], 1)));
        numbers(registry, "BETA.INV", 3, 5, x -> betaInv(x[0], x[1], x[2], or(x[3], 0), or(x[4], 1)));
        numbers(registry, "BETAINV", 3, 5, x -> betaInv(x[0], x[1], x[2], or(x[3], 0), or(x[4], 1)));
        numbers(registry, "T.DIST", 3, 3, x -> flag(x[2]) ? tCdf(x[0], tDegrees(x[1])) : tDensity(x[0], tDegrees(x[1])));
        numbers(registry, "T.DIST.2T", 2, 2, x -> {
            require(x[0] >= 0);
            return twoTails(x[0], tDegrees(x[1]));
        });
        numbers(registry, "T.DIST.RT", 2, 2, x -> tCdf(-x[0], tDegrees(x[1])));
        numbers(registry, "TDIST", 3, 3, x -> {
            double tails = Math.floor(x[2]);
            require(x[0] >= 0 && (tails == 1 || tails == 2));
            double df = tDegrees(x[1]);
            return tails == 1 ? tCdf(-x[0], df) : twoTails(x[0], df);
        });
        numbers(registry, "T.INV", 2, 2, x -> {
            require(x[0] > 0 && x[0] < 1);
            return tInv(x[0], tDegrees(x[1]));
        });
        for (String name : new String[] {"T.INV.2T", "TINV"}) {
            numbers(registry, name, 2, 2, x -> {
                require(x[0] > 0 && x[0] <= 1);
                return tInv(1 - x[0] / 2, tDegrees(x[1]));
            });
        }
        numbers(registry, "CONFIDENCE.T", 3, 3, x -> {
            double n = Math.floor(x[2]);
            require(x[0] > 0 && x[0] < 1 && x[1] > 0 && n >= 1);
            if (n == 1) {
                throw new org.aibyhand.engine.value.ErrorSignal(org.aibyhand.engine.value.ErrorValue.DIV0);
            }
            return tInv(1 - x[0] / 2, n - 1) * x[1] / Math.sqrt(n);
        });
        numbers(registry, "F.DIST", 4, 4, x -> flag(x[3]) ? fCdf(x[0], fDegrees(x[1]), fDegrees(x[2]))
                : fDensity(x[0], fDegrees(x[1]), fDegrees(x[2])));
        for (String name : new String[] {"F.DIST.RT", "FDIST"}) {
            numbers(registry, name, 3, 3, x -> fRight(x[0], fDegrees(x[1]), fDegrees(x[2])));
        }
        numbers(registry, "F.INV", 3, 3, x -> {
            double d1 = fDegrees(x[1]);
            double d2 = fDegrees(x[2]);
            require(x[0] >= 0 && x[0] <= 1);
            return Inverse.of(f -> fCdf(f, d1, d2), x[0], 0, 1);
        });
        for (String name : new String[] {"F.INV.RT", "FINV"}) {
            numbers(registry, name, 3, 3, x -> {
                double d1 = fDegrees(x[1]);
                double d2 = fDegrees(x[2]);
                require(x[0] >= 0 && x[0] <= 1);
                return Inverse.of(f -> -fRight(f, d1, d2), -x[0], 0, 1);
            });
        }
    }

    private static double beta(double x, double a, double b, boolean cumulative, double low, double high) {
        require(a > 0 && b > 0 && low < high && x >= low && x <= high);
        double z = (x - low) / (high - low);
        if (cumulative) {
            return incompleteBeta(z, a, b);
        }
        return Math.exp((a - 1) * Math.log(z) + (b - 1) * Math.log1p(-z) - SpecialFunctions.logBeta(a, b)) / (high - low);
    }

    private static double betaInv(double p, double a, double b, double low, double high) {
        require(p > 0 && p <= 1 && a > 0 && b > 0 && low < high);
        return low + (high - low) * Inverse.of(z -> incompleteBeta(z, a, b), p, 0, 1);
    }

    private static double tDegrees(double value) {
        double df = Math.floor(value);
        require(df >= 1);
        return df;
    }

    /** Student's T cumulative distribution. */
    static double tCdf(double t, double df) {
        double tail = incompleteBeta(df / (df + t * t), df / 2, 0.5) / 2;
        return t > 0 ? 1 - tail : tail;
    }

    private static double twoTails(double t, double df) {
        return incompleteBeta(df / (df + t * t), df / 2, 0.5);
    }

    private static double tDensity(double t, double df) {
        return Math.exp(SpecialFunctions.logGamma((df + 1) / 2) - SpecialFunctions.logGamma(df / 2)
                - (df + 1) / 2 * Math.log1p(t * t / df)) / Math.sqrt(df * Math.PI);
    }

    /** T's inverse by symmetry: the upper half is searched, the lower half mirrored. */
    static double tInv(double p, double df) {
        if (p == 0.5) {
            return 0;
        }
        if (p < 0.5) {
            return -tInv(1 - p, df);
        }
        return Inverse.of(t -> -twoTails(t, df) / 2, -(1 - p), 0, 1);
    }

    private static double fDegrees(double value) {
        double df = Math.floor(value);
        require(df >= 1 && df < 1e10);
        return df;
    }

    private static double fCdf(double f, double d1, double d2) {
        require(f >= 0);
        return incompleteBeta(d1 * f / (d1 * f + d2), d1 / 2, d2 / 2);
    }

    private static double fRight(double f, double d1, double d2) {
        require(f >= 0);
        return incompleteBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2);
    }

    private static double fDensity(double f, double d1, double d2) {
        require(f >= 0);
        if (f == 0) {
            return d1 < 2 ? Double.NaN : d1 == 2 ? 1 : 0;
        }
        return Math.exp(d1 / 2 * Math.log(d1 * f) + d2 / 2 * Math.log(d2) - (d1 + d2) / 2 * Math.log(d1 * f + d2)
                - SpecialFunctions.logBeta(d1 / 2, d2 / 2)) / f;
    }
}
