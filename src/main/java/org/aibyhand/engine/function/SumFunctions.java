package org.aibyhand.engine.function;

import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;

/** SUM, PRODUCT and SUMPRODUCT (Excel's math category). */
final class SumFunctions {
    private SumFunctions() {
    }

    static void register(FunctionRegistry registry) {
        registry.register("SUM", 1, 255, (args, context) -> Values.number(sum(NumericArguments.collect(args, context))));
        registry.register("PRODUCT", 1, 255, (args, context) -> product(NumericArguments.collect(args, context)));
        registry.register("SUMPRODUCT", 1, 255, SumFunctions::sumProduct, FunctionTrait.WHOLE_ARRAY_ARGUMENTS);
    }

    /** Plain left-to-right addition from 0: the order Excel uses, so rounding matches. */
    static double sum(double[] numbers) {
        double total = 0.0;
        for (double number : numbers) {
            total += number;
        }
        return total;
    }

    private static Value product(double[] numbers) {
        if (numbers.length == 0) {
            return NumberValue.ZERO; // Excel: PRODUCT over no numbers is 0, not the empty product 1
        }
        double result = numbers[0];
        for (int i = 1; i < numbers.length; i++) {
            result *= numbers[i];
        }
        return Values.number(result);
    }

    /**
     * Multiplies arrays of equal shape element by element and adds the products. Elements that are not numbers
     * (text, logicals, blanks) count as 0; errors propagate, checked array by array before any arithmetic.
     */
    private static Value sumProduct(Value[] args, CallContext context) {
        double[][] ranges = numberRanges(args, context);
        if (ranges != null) {
            double total = 0.0;
            for (int k = 0; k < ranges[0].length; k++) {
                double product = ranges[0][k];
                for (int i = 1; i < ranges.length; i++) {
                    product *= ranges[i][k];
                }
                total += product;
            }
            return Values.number(total);
        }
        ArrayValue[] arrays = new ArrayValue[args.length];
        for (int i = 0; i < args.length; i++) {
            arrays[i] = Arguments.asArray(args[i], context);
            if (arrays[i].rows() != arrays[0].rows() || arrays[i].columns() != arrays[0].columns()) {
                return ErrorValue.VALUE;
            }
        }
        for (ArrayValue array : arrays) {
            for (int k = 0; k < array.size(); k++) {
                ErrorSignal.check(array.get(k));
            }
        }
        double total = 0.0;
        for (int k = 0; k < arrays[0].size(); k++) {
            double product = numberOrZero(arrays[0].get(k));
            for (int i = 1; i < arrays.length; i++) {
                product *= numberOrZero(arrays[i].get(k));
            }
            total += product;
        }
        return Values.number(total);
    }

    /**
     * The arguments' cells as doubles when every argument is a range of the first one's shape holding numbers
     * only, the common case that needs no value array; otherwise null and the general path decides.
     */
    private static double[][] numberRanges(Value[] args, CallContext context) {
        if (!(args[0] instanceof ReferenceValue first)) {
            return null;
        }
        for (Value arg : args) {
            if (!(arg instanceof ReferenceValue range) || range.rows() != first.rows() || range.columns() != first.columns()) {
                return null;
            }
        }
        double[][] ranges = new double[args.length][];
        for (int i = 0; i < args.length; i++) {
            ranges[i] = context.readNumbers((ReferenceValue) args[i]);
            if (ranges[i] == null) {
                return null;
            }
        }
        return ranges;
    }

    private static double numberOrZero(Value value) {
        return value instanceof NumberValue number ? number.value() : 0.0;
    }
}
