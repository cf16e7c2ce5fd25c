package org.aibyhand.engine.function;

import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.Values;

/** Trigonometric and hyperbolic functions, in radians, mapped over arrays. */
final class TrigFunctions {
    private TrigFunctions() {
    }

    static void register(FunctionRegistry registry) {
        for (NumberFunction function : new NumberFunction[] {NumberFunction.SIN, NumberFunction.COS, NumberFunction.TAN,
                NumberFunction.ASIN, NumberFunction.ACOS, NumberFunction.ATAN, NumberFunction.SINH, NumberFunction.COSH,
                NumberFunction.TANH, NumberFunction.ASINH, NumberFunction.ACOSH, NumberFunction.ATANH, NumberFunction.ACOT,
                NumberFunction.ACOTH, NumberFunction.COT, NumberFunction.CSC, NumberFunction.SEC, NumberFunction.COTH,
                NumberFunction.CSCH, NumberFunction.SECH, NumberFunction.RADIANS, NumberFunction.DEGREES,
                NumberFunction.SQRTPI}) {
            MathFunctions.unary(registry, function);
        }
        registry.register("ATAN2", 2, 2, (args, context) -> Lift.map(args[0], args[1], context,
                (x, y) -> Values.number(atan2(Coerce.toNumber(x), Coerce.toNumber(y)))));
    }

    /** Excel's ATAN2 takes x first, then y: the angle of the point (x, y). */
    private static double atan2(double x, double y) {
        if (x == 0 && y == 0) {
            throw new ErrorSignal(ErrorValue.DIV0);
        }
        return Math.atan2(y, x);
    }
}
