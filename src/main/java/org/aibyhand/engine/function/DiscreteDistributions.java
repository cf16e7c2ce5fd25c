package org.aibyhand.engine.function;

import static org.aibyhand.engine.function.NumberCalls.flag;
import static org.aibyhand.engine.function.NumberCalls.or;
import static org.aibyhand.engine.function.NumberCalls.numbers;
import static org.aibyhand.engine.function.NumberCalls.require;

/** BINOM.DIST, BINOM.DIST.RANGE, BINOM.INV, NEGBINOM.DIST and HYPGEOM.DIST (and their pre-2010 names). */
final class DiscreteDistributions {
    private DiscreteDistributions() {
    }

    static void register(FunctionRegistry registry) {
        for (String name : new String[] {"BINOM.DIST", "BINOMDIST"}) {
            numbers(registry, name, 4, 4, x -> {
                double k = Math.floor(x[0]);
                double n = Math.floor(x[1]);
                require(k >= 0 && k <= n && x[2] >= 0 && x[2] <= 1);
                return flag(x[3]) ? binomialRange(n, x[2], 0, k) : binomial(k, n, x[2]);
            });
        }
        numbers(registry, "BINOM.DIST.RANGE", 3, 4, x -> {
            double n = Math.floor(x[0]);
            double s = Math.floor(x[2]);
            double s2 = Math.floor(or(x[3], s));
            require(n >= 0 && x[1] >= 0 && x[1] <= 1 && s >= 0 && s <= n && s2 >= s && s2 <= n);
            return binomialRange(n, x[1], s, s2);
        });
        for (String name : new String[] {"BINOM.INV", "CRITBINOM"}) {
            numbers(registry, name, 3, 3, x -> {
                double n = Math.floor(x[0]);
                require(n >= 0 && x[1] >= 0 && x[1] <= 1 && x[2] > 0 && x[2] < 1);
                double low = -1; // the cumulative probability at low is below alpha, at high it is not
                double high = n;
                while (high - low > 1) {
                    double middle = Math.floor((low + high) / 2);
                    if (binomialRange(n, x[1], 0, middle) < x[2]) {
                        low = middle;
                    } else {
                        high = middle;
                    }
                }
                return high;
            });
        }
        numbers(registry, "NEGBINOM.DIST", 4, 4, x -> negativeBinomial(x[0], x[1], x[2], flag(x[3])));
        numbers(registry, "NEGBINOMDIST", 3, 3, x -> negativeBinomial(x[0], x[1], x[2], false));
        numbers(registry, "HYPGEOM.DIST", 5, 5, x -> hypergeometric(x[0], x[1], x[2], x[3], flag(x[4])));
        numbers(registry, "HYPGEOMDIST", 4, 4, x -> hypergeometric(x[0], x[1], x[2], x[3], false));
    }

    private static double logCombin(double n, double k) {
        return IntegerFunctions.logFactorial(n) - IntegerFunctions.logFactorial(k) - IntegerFunctions.logFactorial(n - k);
    }

    /** P(X = k) for k successes in n trials of probability p. */
    static double binomial(double k, double n, double p) {
        if (p == 0 || p == 1) {
            return (p == 0 ? k == 0 : k == n) ? 1 : 0;
        }
        return Math.exp(logCombin(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
    }

    /** P(from ≤ X ≤ to): summed term by term when short, else from the incomplete beta function. */
    private static double binomialRange(double n, double p, double from, double to) {
        if (to - from > 1000) {
            return binomialCdf(to, n, p) - (from > 0 ? binomialCdf(from - 1, n, p) : 0);
        }
        double sum = 0;
        for (double k = from; k <= to; k++) {
            sum += binomial(k, n, p);
        }
        return Math.min(sum, 1);
    }

    private static double binomialCdf(double k, double n, double p) {
        return k >= n ? 1 : SpecialFunctions.incompleteBeta(1 - p, n - k, k + 1);
    }

    private static double negativeBinomial(double failures, double successes, double p, boolean cumulative) {
        double f = Math.floor(failures);
        double s = Math.floor(successes);
        require(f >= 0 && s >= 1 && p >= 0 && p <= 1);
        if (cumulative) {
            return SpecialFunctions.incompleteBeta(p, s, f + 1);
        }
        if (p == 0 || p == 1) {
            return p == 1 && f == 0 ? 1 : 0;
        }
        return Math.exp(logCombin(f + s - 1, s - 1) + s * Math.log(p) + f * Math.log1p(-p));
    }

    private static double hypergeometric(double sample, double draws, double successes, double population, boolean cumulative) {
        double k = Math.floor(sample);
        double n = Math.floor(draws);
        double m = Math.floor(successes);
        double total = Math.floor(population);
        require(k >= 0 && k <= Math.min(n, m) && n > 0 && n <= total && m > 0 && m <= total && total > 0
                && k >= Math.max(0, n - total + m));
        double sum = 0;
        for (double i = cumulative ? Math.max(0, n - total + m) : k; i <= k; i++) {
            sum += Math.exp(logCombin(m, i) + logCombin(total - m, n - i) - logCombin(total, n));
        }
        return sum;
    }
}
