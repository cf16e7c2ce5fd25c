package org.aibyhand.engine.function;

import java.util.HashMap;
import java.util.Map;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.Values;

/**
 * Statistics of one list of numbers beyond mean and spread: GEOMEAN, HARMEAN, DEVSQ, AVEDEV, SKEW, SKEW.P,
 * KURT and MODE (MODE.SNGL). The numbers are those SUM sees.
 */
final class ShapeStatistics {
    private ShapeStatistics() {
    }

    /** A statistic of the collected numbers. */
    @FunctionalInterface
    private interface Statistic {
        double of(double[] numbers);
    }

    static void register(FunctionRegistry registry) {
        statistic(registry, "GEOMEAN", x -> {
            double logs = 0;
            for (double value : positive(x)) {
                logs += Math.log(value);
            }
            return Math.exp(logs / x.length);
        });
        statistic(registry, "HARMEAN", x -> {
            double reciprocals = 0;
            for (double value : positive(x)) {
                reciprocals += 1 / value;
            }
            return x.length / reciprocals;
        });
        statistic(registry, "DEVSQ", x -> PairedStatistics.comoment(x, x));
        statistic(registry, "AVEDEV", x -> {
            double mean = PairedStatistics.mean(x);
            double sum = 0;
            for (double value : x) {
                sum += Math.abs(value - mean);
            }
            return sum / x.length;
        });
        statistic(registry, "SKEW", x -> {
            int n = atLeast(x, 3);
            return moment(x, 3) * n / ((n - 1.0) * (n - 2.0));
        });
        statistic(registry, "SKEW.P", x -> {
            double n = atLeast(x, 2);
            // the sample moment rescaled from the sample to the population standard deviation
            return moment(x, 3) / n / Math.pow((n - 1) / n, 1.5);
        });
        statistic(registry, "KURT", x -> {
            double n = atLeast(x, 4);
            return moment(x, 4) * n * (n + 1) / ((n - 1) * (n - 2) * (n - 3)) - 3 * (n - 1) * (n - 1) / ((n - 2) * (n - 3));
        });
        for (String name : new String[] {"MODE", "MODE.SNGL"}) {
            statistic(registry, name, ShapeStatistics::mode);
        }
    }

    private static void statistic(FunctionRegistry registry, String name, Statistic statistic) {
        registry.register(name, 1, 255, (args, context) ->
                Values.number(statistic.of(NumericArguments.collect(args, context))));
    }

    private static double[] positive(double[] numbers) {
        if (numbers.length == 0) {
            throw new ErrorSignal(ErrorValue.NUM);
        }
        for (double value : numbers) {
            if (value <= 0) {
                throw new ErrorSignal(ErrorValue.NUM);
            }
        }
        return numbers;
    }

    private static int atLeast(double[] numbers, int count) {
        if (numbers.length < count) {
            throw new ErrorSignal(ErrorValue.DIV0);
        }
        return numbers.length;
    }

    /** Σ ((x - mean) / s)^power with s the sample standard deviation; #DIV/0! when s is 0. */
    private static double moment(double[] x, int power) {
        double mean = PairedStatistics.mean(x);
        double s = Math.sqrt(PairedStatistics.comoment(x, x) / (x.length - 1));
        if (s == 0) {
            throw new ErrorSignal(ErrorValue.DIV0);
        }
        double sum = 0;
        for (double value : x) {
            sum += Math.pow((value - mean) / s, power);
        }
        return sum;
    }

    /** The most frequent number, the first to reach that count on a tie; #N/A when none repeats. */
    private static double mode(double[] numbers) {
        Map<Double, Integer> counts = new HashMap<>();
        double best = Double.NaN;
        int bestCount = 1;
        for (double value : numbers) {
            counts.merge(value, 1, Integer::sum);
        }
        for (double value : numbers) {
            int count = counts.get(value);
            if (count > bestCount) {
                best = value;
                bestCount = count;
            }
        }
        if (Double.isNaN(best)) {
            throw new ErrorSignal(ErrorValue.NA);
        }
        return best;
    }
}
