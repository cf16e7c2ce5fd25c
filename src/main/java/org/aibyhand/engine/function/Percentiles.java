package org.aibyhand.engine.function;

import static org.aibyhand.engine.function.NumberCalls.require;

import java.util.Arrays;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;

/**
 * PERCENTILE and QUARTILE in their inclusive (.INC and the pre-2010 names) and exclusive (.EXC) forms, by
 * linear interpolation between the sorted numbers, and TRIMMEAN.
 */
final class Percentiles {
    private Percentiles() {
    }

    /** What a function does with the sorted numbers and its second argument. */
    @FunctionalInterface
    private interface OfSorted {
        double apply(double[] sorted, double k);
    }

    static void register(FunctionRegistry registry) {
        for (String name : new String[] {"PERCENTILE", "PERCENTILE.INC"}) {
            sorted(registry, name, Percentiles::inclusive);
        }
        sorted(registry, "PERCENTILE.EXC", Percentiles::exclusive);
        for (String name : new String[] {"QUARTILE", "QUARTILE.INC"}) {
            sorted(registry, name, (s, q) -> {
                double quart = Math.floor(q);
                require(quart >= 0 && quart <= 4);
                return inclusive(s, quart / 4);
            });
        }
        sorted(registry, "QUARTILE.EXC", (s, q) -> {
            double quart = Math.floor(q);
            require(quart >= 1 && quart <= 3);
            return exclusive(s, quart / 4);
        });
        sorted(registry, "TRIMMEAN", (s, percent) -> {
            require(percent >= 0 && percent < 1);
            int cut = (int) Math.floor(s.length * percent / 2);
            return SumFunctions.sum(Arrays.copyOfRange(s, cut, s.length - cut)) / (s.length - 2 * cut);
        });
    }

    private static void sorted(FunctionRegistry registry, String name, OfSorted op) {
        registry.register(name, 2, 2, (args, context) -> {
            double[] numbers = NumericArguments.collect(new Value[] {args[0]}, context);
            Value k = Arguments.scalar(args[1], context);
            double parameter = Coerce.toNumber(k);
            require(numbers.length > 0);
            Arrays.sort(numbers);
            return Values.number(op.apply(numbers, parameter));
        });
    }

    private static double inclusive(double[] sorted, double k) {
        require(k >= 0 && k <= 1);
        return interpolate(sorted, k * (sorted.length - 1));
    }

    private static double exclusive(double[] sorted, double k) {
        int n = sorted.length;
        double rank = k * (n + 1) - 1;
        require(k > 0 && k < 1 && rank >= 0 && rank <= n - 1);
        return interpolate(sorted, rank);
    }

    /** The value at a fractional zero-based rank, between its two neighbours. */
    private static double interpolate(double[] sorted, double rank) {
        int low = (int) Math.floor(rank);
        double fraction = rank - low;
        return low + 1 < sorted.length ? sorted[low] + fraction * (sorted[low + 1] - sorted[low]) : sorted[low];
    }
}
