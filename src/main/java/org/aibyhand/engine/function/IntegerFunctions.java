package org.aibyhand.engine.function;

import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;

/**
 * Functions of whole numbers: GCD, LCM, FACT, FACTDOUBLE, COMBIN, COMBINA, PERMUT, PERMUTATIONA and
 * MULTINOMIAL. Arguments are truncated toward zero; negative ones are #NUM!.
 */
final class IntegerFunctions {
    /** Excel's largest whole number for GCD and LCM (2^53). */
    private static final double LIMIT = 9_007_199_254_740_992.0;

    private IntegerFunctions() {
    }

    static void register(FunctionRegistry registry) {
        registry.register("GCD", 1, 255, (args, context) -> Values.number(gcd(NumericArguments.collect(args, context))));
        registry.register("LCM", 1, 255, (args, context) -> Values.number(lcm(NumericArguments.collect(args, context))));
        registry.register("MULTINOMIAL", 1, 255, (args, context) ->
                Values.number(multinomial(NumericArguments.collect(args, context))));
        registry.register("FACT", 1, 1, (args, context) -> Lift.map(args[0], context,
                n -> Values.number(factorial(natural(n), 1))));
        registry.register("FACTDOUBLE", 1, 1, (args, context) -> Lift.map(args[0], context,
                n -> Values.number(factorial(natural(n), 2))));
        pair(registry, "COMBIN", (n, k) -> combin(n, k));
        pair(registry, "COMBINA", (n, k) -> n == 0 && k == 0 ? 1 : combin(n + k - 1, k));
        pair(registry, "PERMUT", (n, k) -> {
            if (n < k) {
                throw new ErrorSignal(ErrorValue.NUM);
            }
            return Math.rint(Math.exp(logFactorial(n) - logFactorial(n - k)));
        });
        pair(registry, "PERMUTATIONA", (n, k) -> Math.pow(n, k));
    }

    private interface WholePair {
        double apply(double n, double k);
    }

    private static void pair(FunctionRegistry registry, String name, WholePair op) {
        registry.register(name, 2, 2, (args, context) -> Lift.map(args[0], args[1], context,
                (n, k) -> Values.number(op.apply(natural(n), natural(k)))));
    }

    /** A whole-number argument: truncated, negative is #NUM!. */
    static double natural(Value value) {
        double number = Coerce.toNumber(value);
        if (number < 0) {
            throw new ErrorSignal(ErrorValue.NUM);
        }
        return Math.floor(number);
    }

    static double combin(double n, double k) {
        if (n < k) {
            throw new ErrorSignal(ErrorValue.NUM);
        }
        double smaller = Math.min(k, n - k);
        double result = 1;
        for (int i = 1; i <= smaller; i++) {
            result = result * (n - smaller + i) / i;
        }
        return Math.rint(result);
    }

    static double logFactorial(double n) {
        return SpecialFunctions.logGamma(n + 1);
    }

    /** n! (step 1) or n!! (step 2); beyond a double's range is #NUM!. */
    private static double factorial(double n, int step) {
        double result = 1;
        for (double i = n; i > 1; i -= step) {
            result *= i;
            if (Double.isInfinite(result)) {
                throw new ErrorSignal(ErrorValue.NUM);
            }
        }
        return result;
    }

    private static double gcd(double[] numbers) {
        double result = 0;
        for (double number : numbers) {
            result = gcd(result, checked(number));
        }
        return result;
    }

    private static double lcm(double[] numbers) {
        double result = 1;
        for (double number : numbers) {
            double n = checked(number);
            if (n == 0) {
                return 0;
            }
            result = result / gcd(result, n) * n;
        }
        return result;
    }

    private static double checked(double number) {
        if (number < 0 || number >= LIMIT) {
            throw new ErrorSignal(ErrorValue.NUM);
        }
        return Math.floor(number);
    }

    private static double gcd(double a, double b) {
        while (b != 0) {
            double r = a % b;
            a = b;
            b = r;
        }
        return a;
    }

    private static double multinomial(double[] numbers) {
        double sum = 0;
        double result = 1;
        for (double number : numbers) {
            double n = checked(number);
            result *= combin(sum + n, n);
            sum += n;
        }
        return result;
    }
}
