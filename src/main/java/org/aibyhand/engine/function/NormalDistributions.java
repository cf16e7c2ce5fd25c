package org.aibyhand.engine.function;

import static org.aibyhand.engine.function.NumberCalls.flag;
import static org.aibyhand.engine.function.NumberCalls.numbers;
import static org.aibyhand.engine.function.NumberCalls.require;
import static org.aibyhand.engine.function.SpecialFunctions.normalCdf;
import static org.aibyhand.engine.function.SpecialFunctions.normalDensity;
import static org.aibyhand.engine.function.SpecialFunctions.normalInverse;

/**
 * The normal and log-normal distributions and what is built on them: NORM.DIST, NORM.S.DIST, NORM.INV,
 * NORM.S.INV, LOGNORM.DIST, LOGNORM.INV (and their pre-2010 names), GAUSS, PHI, STANDARDIZE, CONFIDENCE.NORM,
 * FISHER and FISHERINV.
 */
final class NormalDistributions {
    private NormalDistributions() {
    }

    static void register(FunctionRegistry registry) {
        numbers(registry, "NORM.DIST", 4, 4, x -> normal(x[0], x[1], x[2], flag(x[3])));
        numbers(registry, "NORMDIST", 4, 4, x -> normal(x[0], x[1], x[2], flag(x[3])));
        numbers(registry, "NORM.S.DIST", 2, 2, x -> normal(x[0], 0, 1, flag(x[1])));
        numbers(registry, "NORMSDIST", 1, 1, x -> normalCdf(x[0]));
        numbers(registry, "NORM.INV", 3, 3, x -> normalInv(x[0], x[1], x[2]));
        numbers(registry, "NORMINV", 3, 3, x -> normalInv(x[0], x[1], x[2]));
        numbers(registry, "NORM.S.INV", 1, 1, x -> normalInv(x[0], 0, 1));
        numbers(registry, "NORMSINV", 1, 1, x -> normalInv(x[0], 0, 1));
        numbers(registry, "LOGNORM.DIST", 4, 4, x -> logNormal(x[0], x[1], x[2], flag(x[3])));
        numbers(registry, "LOGNORMDIST", 3, 3, x -> logNormal(x[0], x[1], x[2], true));
        numbers(registry, "LOGNORM.INV", 3, 3, x -> Math.exp(normalInv(x[0], x[1], x[2])));
        numbers(registry, "LOGINV", 3, 3, x -> Math.exp(normalInv(x[0], x[1], x[2])));
        numbers(registry, "GAUSS", 1, 1, x -> normalCdf(x[0]) - 0.5);
        numbers(registry, "PHI", 1, 1, x -> normalDensity(x[0]));
        numbers(registry, "STANDARDIZE", 3, 3, x -> {
            require(x[2] > 0);
            return (x[0] - x[1]) / x[2];
        });
        numbers(registry, "CONFIDENCE.NORM", 3, 3, x -> confidence(x[0], x[1], x[2]));
        numbers(registry, "CONFIDENCE", 3, 3, x -> confidence(x[0], x[1], x[2]));
        numbers(registry, "FISHER", 1, 1, x -> {
            require(Math.abs(x[0]) < 1);
            return 0.5 * Math.log((1 + x[0]) / (1 - x[0]));
        });
        numbers(registry, "FISHERINV", 1, 1, x -> Math.tanh(x[0]));
    }

    private static double normal(double x, double mean, double deviation, boolean cumulative) {
        require(deviation > 0);
        double z = (x - mean) / deviation;
        return cumulative ? normalCdf(z) : normalDensity(z) / deviation;
    }

    private static double normalInv(double p, double mean, double deviation) {
        require(p > 0 && p < 1 && deviation > 0);
        return mean + deviation * normalInverse(p);
    }

    private static double logNormal(double x, double mean, double deviation, boolean cumulative) {
        require(x > 0 && deviation > 0);
        double z = (Math.log(x) - mean) / deviation;
        return cumulative ? normalCdf(z) : normalDensity(z) / (deviation * x);
    }

    private static double confidence(double alpha, double deviation, double size) {
        double n = Math.floor(size);
        require(alpha > 0 && alpha < 1 && deviation > 0 && n >= 1);
        return normalInverse(1 - alpha / 2) * deviation / Math.sqrt(n);
    }
}
