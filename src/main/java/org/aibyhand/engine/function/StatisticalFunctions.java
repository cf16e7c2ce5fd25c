package org.aibyhand.engine.function;

import java.util.Arrays;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;

/**
 * AVERAGE, MIN, MAX, MEDIAN and the standard deviations and variances. All read their arguments through
 * {@link NumericArguments}, so text and logicals in ranges are skipped and errors propagate.
 */
final class StatisticalFunctions {
    private StatisticalFunctions() {
    }

    /** A statistic of the collected numbers. */
    @FunctionalInterface
    private interface Statistic {
        Value of(double[] numbers);
    }

    static void register(FunctionRegistry registry) {
        statistic(registry, "AVERAGE", StatisticalFunctions::average);
        statistic(registry, "MIN", numbers -> extreme(numbers, -1));
        statistic(registry, "MAX", numbers -> extreme(numbers, 1));
        statistic(registry, "MEDIAN", StatisticalFunctions::median);
        statistic(registry, "VAR", numbers -> variance(numbers, true));
        statistic(registry, "VAR.S", numbers -> variance(numbers, true));
        statistic(registry, "VAR.P", numbers -> variance(numbers, false));
        statistic(registry, "STDEV", numbers -> deviation(numbers, true));
        statistic(registry, "STDEV.S", numbers -> deviation(numbers, true));
        statistic(registry, "STDEV.P", numbers -> deviation(numbers, false));
    }

    private static void statistic(FunctionRegistry registry, String name, Statistic statistic) {
        registry.register(name, 1, 255, (args, context) -> statistic.of(NumericArguments.collect(args, context)));
    }

    private static Value average(double[] numbers) {
        if (numbers.length == 0) {
            return ErrorValue.DIV0;
        }
        return Values.number(SumFunctions.sum(numbers) / numbers.length);
    }

    /** MIN (direction -1) or MAX (+1); Excel gives 0 when there are no numbers at all. */
    private static Value extreme(double[] numbers, int direction) {
        if (numbers.length == 0) {
            return NumberValue.ZERO;
        }
        double best = numbers[0];
        for (double number : numbers) {
            if (direction > 0 ? number > best : number < best) {
                best = number;
            }
        }
        return Values.number(best);
    }

    private static Value median(double[] numbers) {
        if (numbers.length == 0) {
            return ErrorValue.NUM;
        }
        double[] sorted = numbers.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        if (sorted.length % 2 == 1) {
            return Values.number(sorted[middle]);
        }
        return Values.number((sorted[middle - 1] + sorted[middle]) / 2);
    }

    /**
     * Two passes (the mean first, then squared deviations from it), which keeps data with a large common
     * offset accurate; a sample needs two numbers, a population one, else #DIV/0!.
     */
    private static Value variance(double[] numbers, boolean sample) {
        int n = numbers.length;
        if (n < (sample ? 2 : 1)) {
            return ErrorValue.DIV0;
        }
        double mean = SumFunctions.sum(numbers) / n;
        double squares = 0.0;
        for (double number : numbers) {
            double deviation = number - mean;
            squares += deviation * deviation;
        }
        return Values.number(squares / (sample ? n - 1 : n));
    }

    private static Value deviation(double[] numbers, boolean sample) {
        Value variance = variance(numbers, sample);
        return variance instanceof NumberValue number ? Values.number(Math.sqrt(number.value())) : variance;
    }
}
