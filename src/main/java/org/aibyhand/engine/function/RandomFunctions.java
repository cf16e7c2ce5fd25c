package org.aibyhand.engine.function;

import java.util.random.RandomGenerator;
import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;

/**
 * RAND, RANDBETWEEN and RANDARRAY: volatile, so recomputed on every recalculation; they draw from
 * {@link CallContext#random()}, which a workbook seed makes reproducible.
 */
final class RandomFunctions {
    private RandomFunctions() {
    }

    static void register(FunctionRegistry registry) {
        registry.register("RAND", 0, 0, (args, context) -> Values.number(context.random().nextDouble()),
                FunctionTrait.VOLATILE);
        registry.register("RANDBETWEEN", 2, 2, (args, context) -> Lift.map(args[0], args[1], context, (low, high) -> {
            double bottom = Math.ceil(Coerce.toNumber(low));
            double top = Math.floor(Coerce.toNumber(high));
            return bottom > top ? ErrorValue.NUM : Values.number(whole(context.random(), bottom, top));
        }), FunctionTrait.VOLATILE);
        registry.register("RANDARRAY", 0, 5, RandomFunctions::randomArray, FunctionTrait.VOLATILE);
    }

    private static double whole(RandomGenerator random, double bottom, double top) {
        return bottom + Math.floor(random.nextDouble() * (top - bottom + 1));
    }

    private static Value randomArray(Value[] args, CallContext context) {
        long rows = Arguments.integer(args, 0, 1, context);
        long columns = Arguments.integer(args, 1, 1, context);
        double min = Arguments.number(args, 2, 0, context);
        double max = Arguments.number(args, 3, 1, context);
        boolean whole = Arguments.flag(args, 4, context);
        if (rows < 1 || columns < 1 || min > max || rows * columns > ArrayValue.MAX_CELLS) {
            return rows == 0 || columns == 0 ? ErrorValue.CALC : ErrorValue.VALUE;
        }
        RandomGenerator random = context.random();
        Value[] values = new Value[(int) (rows * columns)];
        for (int i = 0; i < values.length; i++) {
            values[i] = Values.number(whole ? whole(random, Math.ceil(min), Math.floor(max))
                    : min + random.nextDouble() * (max - min));
        }
        return new ArrayValue((int) rows, (int) columns, values);
    }
}
