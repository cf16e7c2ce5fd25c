package org.aibyhand.engine.function;

import java.util.function.DoubleBinaryOperator;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;

/**
 * Math functions on single numbers (ABS, SIGN, SQRT, POWER, EXP, LN, LOG, LOG10, MOD, PI). Each maps over
 * arrays through {@link Lift}, so in an array formula EXP(A1:A3) is an array and in a plain one it intersects.
 */
final class MathFunctions {
    private MathFunctions() {
    }

    static void register(FunctionRegistry registry) {
        for (NumberFunction function : new NumberFunction[] {NumberFunction.ABS, NumberFunction.EXP, NumberFunction.SIGN,
                NumberFunction.SQRT, NumberFunction.LN, NumberFunction.LOG10}) {
            unary(registry, function);
        }
        registry.register("PI", 0, 0, (args, context) -> new NumberValue(Math.PI));
        binary(registry, "POWER", MathFunctions::power);
        binary(registry, "MOD", MathFunctions::mod);
        registry.register("LOG", 1, 2, (args, context) -> args.length == 1
                ? Lift.map(args[0], context, x -> Values.number(log(Coerce.toNumber(x), 10)))
                : Lift.map(args[0], args[1], context,
                        (x, base) -> Values.number(log(Coerce.toNumber(x), Coerce.toNumber(base)))));
    }

    /** A one-argument numeric function, mapped over arrays; non-finite results are #NUM!. */
    static void unary(FunctionRegistry registry, NumberFunction function) {
        registry.registerNumeric(function.name(), function, (args, context) ->
                Lift.map(args[0], context, value -> Values.number(function.applyAsDouble(Coerce.toNumber(value)))));
    }

    /** A two-argument numeric function, broadcast over arrays; non-finite results are #NUM!. */
    static void binary(FunctionRegistry registry, String name, DoubleBinaryOperator op) {
        registry.register(name, 2, 2, (args, context) -> Lift.map(args[0], args[1], context,
                (x, y) -> Values.number(op.applyAsDouble(Coerce.toNumber(x), Coerce.toNumber(y)))));
    }

    /** Aborts the current element with #NUM!; typed as double so it fits in expressions. */
    static double numError() {
        throw new ErrorSignal(ErrorValue.NUM);
    }

    private static double power(double base, double exponent) {
        if (base == 0 && exponent == 0) {
            return numError();
        }
        if (base == 0 && exponent < 0) {
            throw new ErrorSignal(ErrorValue.DIV0);
        }
        if (base < 0 && exponent != Math.rint(exponent)) {
            return numError(); // no real root taken, not even odd ones: (-8)^(1/3) is #NUM! in Excel
        }
        return Math.pow(base, exponent);
    }

    /** Excel's documented definition n - d*INT(n/d): the result takes the sign of the divisor. */
    private static double mod(double number, double divisor) {
        if (divisor == 0) {
            throw new ErrorSignal(ErrorValue.DIV0);
        }
        return number - divisor * Math.floor(number / divisor);
    }

    private static double log(double x, double base) {
        if (x <= 0 || base <= 0) {
            return numError();
        }
        if (base == 1) {
            throw new ErrorSignal(ErrorValue.DIV0); // ln(1) = 0 in the denominator
        }
        // log10 directly for base 10, so LOG(1000) is exactly 3 rather than 2.9999999999999996.
        return base == 10 ? Math.log10(x) : Math.log(x) / Math.log(base);
    }
}
