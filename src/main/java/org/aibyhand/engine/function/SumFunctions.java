package org.aibyhand.engine.function;

import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;

/** SUM, PRODUCT and SUMPRODUCT (Excel's math category). */
final class SumFunctions {
    private SumFunctions() {
    }

    static void register(FunctionRegistry registry) {
        registry.register("SUM", 1, 255, (args, context) -> Values.number(sum(NumericArguments.collect(args, context))));
        registry.register("PRODUCT", 1, 255, (args, context) -> product(NumericArguments.collect(args, context)));
        registry.register("SUMPRODUCT", 1, 255, SumFunctions::sumProduct);
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

    private static double numberOrZero(Value value) {
        return value instanceof NumberValue number ? number.value() : 0.0;
    }
}
