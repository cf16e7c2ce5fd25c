package org.aibyhand.engine.function;

import static org.aibyhand.engine.function.NumberCalls.flag;
import static org.aibyhand.engine.function.NumberCalls.numbers;
import static org.aibyhand.engine.function.NumberCalls.require;

/**
 * GAMMA, GAMMALN and the distributions on the incomplete gamma function: GAMMA.DIST, GAMMA.INV, CHISQ.DIST,
 * CHISQ.DIST.RT, CHISQ.INV, CHISQ.INV.RT, POISSON.DIST, EXPON.DIST and WEIBULL.DIST (and pre-2010 names).
 */
final class GammaDistributions {
    private GammaDistributions() {
    }

    static void register(FunctionRegistry registry) {
        numbers(registry, "GAMMA", 1, 1, x -> {
            require(!(x[0] <= 0 && x[0] == Math.rint(x[0])));
            return SpecialFunctions.gamma(x[0]);
        });
        for (String name : new String[] {"GAMMALN", "GAMMALN.PRECISE"}) {
            numbers(registry, name, 1, 1, x -> {
                require(x[0] > 0);
                return SpecialFunctions.logGamma(x[0]);
            });
        }
        numbers(registry, "GAMMA.DIST", 4, 4, x -> gamma(x[0], x[1], x[2], flag(x[3])));
        numbers(registry, "GAMMADIST", 4, 4, x -> gamma(x[0], x[1], x[2], flag(x[3])));
        numbers(registry, "GAMMA.INV", 3, 3, x -> gammaInv(x[0], x[1], x[2]));
        numbers(registry, "GAMMAINV", 3, 3, x -> gammaInv(x[0], x[1], x[2]));
        numbers(registry, "CHISQ.DIST", 3, 3, x -> gamma(x[0], degrees(x[1]) / 2, 2, flag(x[2])));
        numbers(registry, "CHISQ.DIST.RT", 2, 2, x -> chiRight(x[0], x[1]));
        numbers(registry, "CHIDIST", 2, 2, x -> chiRight(x[0], x[1]));
        numbers(registry, "CHISQ.INV", 2, 2, x -> gammaInv(x[0], degrees(x[1]) / 2, 2));
        numbers(registry, "CHISQ.INV.RT", 2, 2, x -> chiInvRight(x[0], x[1]));
        numbers(registry, "CHIINV", 2, 2, x -> chiInvRight(x[0], x[1]));
        numbers(registry, "POISSON.DIST", 3, 3, x -> poisson(x[0], x[1], flag(x[2])));
        numbers(registry, "POISSON", 3, 3, x -> poisson(x[0], x[1], flag(x[2])));
        numbers(registry, "EXPON.DIST", 3, 3, x -> exponential(x[0], x[1], flag(x[2])));
        numbers(registry, "EXPONDIST", 3, 3, x -> exponential(x[0], x[1], flag(x[2])));
        numbers(registry, "WEIBULL.DIST", 4, 4, x -> weibull(x[0], x[1], x[2], flag(x[3])));
        numbers(registry, "WEIBULL", 4, 4, x -> weibull(x[0], x[1], x[2], flag(x[3])));
    }

    /** Degrees of freedom: truncated, 1 to 10^10. */
    static double degrees(double value) {
        double df = Math.floor(value);
        require(df >= 1 && df <= 1e10);
        return df;
    }

    static double gamma(double x, double shape, double scale, boolean cumulative) {
        require(x >= 0 && shape > 0 && scale > 0);
        if (cumulative) {
            return SpecialFunctions.lowerGamma(shape, x / scale);
        }
        if (x == 0) {
            require(shape >= 1);
            return shape == 1 ? 1 / scale : 0;
        }
        return Math.exp((shape - 1) * Math.log(x) - x / scale - shape * Math.log(scale) - SpecialFunctions.logGamma(shape));
    }

    private static double gammaInv(double p, double shape, double scale) {
        require(p >= 0 && p < 1 && shape > 0 && scale > 0);
        if (p == 0) {
            return 0;
        }
        return Inverse.of(x -> SpecialFunctions.lowerGamma(shape, x / scale), p, 0, shape * scale + scale);
    }

    private static double chiRight(double x, double df) {
        require(x >= 0);
        return SpecialFunctions.upperGamma(degrees(df) / 2, x / 2);
    }

    private static double chiInvRight(double p, double df) {
        double k = degrees(df) / 2;
        require(p > 0 && p <= 1);
        // The upper tail falls as x grows: invert 1 - Q as an increasing function, in the tail's own terms.
        return Inverse.of(x -> -SpecialFunctions.upperGamma(k, x / 2), -p, 0, 2 * k + 2);
    }

    private static double poisson(double events, double mean, boolean cumulative) {
        double k = Math.floor(events);
        require(k >= 0 && mean >= 0);
        if (cumulative) {
            return mean == 0 ? 1 : SpecialFunctions.upperGamma(k + 1, mean);
        }
        if (mean == 0) {
            return k == 0 ? 1 : 0;
        }
        return Math.exp(k * Math.log(mean) - mean - IntegerFunctions.logFactorial(k));
    }

    private static double exponential(double x, double rate, boolean cumulative) {
        require(x >= 0 && rate > 0);
        return cumulative ? -Math.expm1(-rate * x) : rate * Math.exp(-rate * x);
    }

    private static double weibull(double x, double shape, double scale, boolean cumulative) {
        require(x >= 0 && shape > 0 && scale > 0);
        double power = Math.pow(x / scale, shape);
        return cumulative ? -Math.expm1(-power) : shape / scale * Math.pow(x / scale, shape - 1) * Math.exp(-power);
    }
}
