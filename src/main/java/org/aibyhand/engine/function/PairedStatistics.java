package org.aibyhand.engine.function;

import java.util.Arrays;
import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;

/**
 * Statistics of two equally long series, over the positions where both hold numbers: COVARIANCE.P,
 * COVARIANCE.S (and COVAR), CORREL, PEARSON, RSQ, SLOPE, INTERCEPT and STEYX. Series of different sizes are
 * #N/A; too few pairs #DIV/0!.
 */
final class PairedStatistics {
    private PairedStatistics() {
    }

    /** A statistic of the paired numbers x and y. */
    @FunctionalInterface
    private interface PairStatistic {
        double of(double[] x, double[] y);
    }

    static void register(FunctionRegistry registry) {
        paired(registry, "COVARIANCE.P", (x, y) -> comoment(x, y) / need(x.length, 1));
        paired(registry, "COVAR", (x, y) -> comoment(x, y) / need(x.length, 1));
        paired(registry, "COVARIANCE.S", (x, y) -> comoment(x, y) / (need(x.length, 2) - 1));
        paired(registry, "CORREL", PairedStatistics::correlation);
        paired(registry, "PEARSON", PairedStatistics::correlation);
        paired(registry, "RSQ", (x, y) -> Math.pow(correlation(x, y), 2));
        // SLOPE, INTERCEPT and STEYX take the known y values first
        paired(registry, "SLOPE", (y, x) -> comoment(x, y) / nonZero(comoment(x, x)));
        paired(registry, "INTERCEPT", (y, x) -> mean(y) - comoment(x, y) / nonZero(comoment(x, x)) * mean(x));
        paired(registry, "STEYX", (y, x) -> {
            need(x.length, 3);
            double sxy = comoment(x, y);
            return Math.sqrt((comoment(y, y) - sxy * sxy / nonZero(comoment(x, x))) / (x.length - 2));
        });
    }

    private static void paired(FunctionRegistry registry, String name, PairStatistic statistic) {
        registry.register(name, 2, 2, (args, context) -> {
            ArrayValue first = Arguments.asArray(args[0], context);
            ArrayValue second = Arguments.asArray(args[1], context);
            if (first.size() != second.size()) {
                return ErrorValue.NA;
            }
            double[] x = new double[first.size()];
            double[] y = new double[first.size()];
            int n = 0;
            for (int i = 0; i < first.size(); i++) {
                Value a = first.get(i);
                Value b = second.get(i);
                if (a instanceof ErrorValue error) {
                    return error;
                }
                if (b instanceof ErrorValue error) {
                    return error;
                }
                if (a instanceof NumberValue p && b instanceof NumberValue q) {
                    x[n] = p.value();
                    y[n++] = q.value();
                }
            }
            return Values.number(statistic.of(Arrays.copyOf(x, n), Arrays.copyOf(y, n)));
        });
    }

    private static int need(int count, int least) {
        if (count < least) {
            throw new ErrorSignal(ErrorValue.DIV0);
        }
        return count;
    }

    private static double nonZero(double value) {
        if (value == 0) {
            throw new ErrorSignal(ErrorValue.DIV0);
        }
        return value;
    }

    static double mean(double[] values) {
        return SumFunctions.sum(values) / need(values.length, 1);
    }

    /** Σ (x - x̄)(y - ȳ), from the means first so that large offsets cancel exactly. */
    static double comoment(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += (x[i] - mx) * (y[i] - my);
        }
        return sum;
    }

    private static double correlation(double[] x, double[] y) {
        return comoment(x, y) / nonZero(Math.sqrt(comoment(x, x) * comoment(y, y)));
    }
}
