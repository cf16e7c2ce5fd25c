package org.aibyhand.engine.function;

import java.util.Arrays;
import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;

/**
 * LARGE, SMALL, RANK, RANK.EQ, RANK.AVG and SUMSQ: statistics of the numbers in ranges and arrays (text,
 * logicals and blanks there are skipped, as SUM does).
 */
final class OrderStatistics {
    private OrderStatistics() {
    }

    static void register(FunctionRegistry registry) {
        registry.register("LARGE", 2, 2, (args, context) -> kth(args, context, true));
        registry.register("SMALL", 2, 2, (args, context) -> kth(args, context, false));
        registry.register("RANK", 2, 3, (args, context) -> rank(args, context, false));
        registry.register("RANK.EQ", 2, 3, (args, context) -> rank(args, context, false));
        registry.register("RANK.AVG", 2, 3, (args, context) -> rank(args, context, true));
        registry.register("SUMSQ", 1, 255, (args, context) -> {
            double sum = 0;
            for (double x : NumericArguments.collect(args, context)) {
                sum += x * x;
            }
            return Values.number(sum); // an overflow is #NUM!
        });
    }

    /** LARGE and SMALL(array, k): the k-th largest or smallest number; k outside 1..n is #NUM!. */
    private static Value kth(Value[] args, CallContext context, boolean largest) {
        double[] numbers = NumericArguments.collect(new Value[] {Arguments.asArray(args[0], context)}, context);
        Arrays.sort(numbers);
        return Lift.map(args[1], context, k -> {
            long index = (long) Math.ceil(Coerce.toNumber(k));
            if (index < 1 || index > numbers.length) {
                return ErrorValue.NUM;
            }
            return new NumberValue(numbers[largest ? numbers.length - (int) index : (int) index - 1]);
        });
    }

    /** RANK(number, ref, [order]): 1 for the largest (order 0) or smallest (order non-zero); ties share. */
    private static Value rank(Value[] args, CallContext context, boolean average) {
        ArrayValue list = Arguments.asArray(args[1], context);
        double[] numbers = NumericArguments.collect(new Value[] {list}, context);
        boolean ascending = !Arguments.absent(args, 2) && Coerce.toNumber(Arguments.scalar(args[2], context)) != 0;
        return Lift.map(args[0], context, sought -> {
            double x = Coerce.toNumber(sought);
            int before = 0;
            int equal = 0;
            for (double n : numbers) {
                if (n == x) {
                    equal++;
                } else if (ascending ? n < x : n > x) {
                    before++;
                }
            }
            if (equal == 0) {
                return ErrorValue.NA;
            }
            return new NumberValue(average ? before + (equal + 1) / 2.0 : before + 1);
        });
    }
}
