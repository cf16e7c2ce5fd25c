package org.aibyhand.engine.function;

import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.Values;

/** Trigonometric and hyperbolic functions, in radians, mapped over arrays. */
final class TrigFunctions {
    /** Excel refuses SIN, COS and TAN of arguments this large (2^27) with #NUM!. */
    private static final double PERIODIC_LIMIT = 134_217_728;

    private TrigFunctions() {
    }

    static void register(FunctionRegistry registry) {
        MathFunctions.unary(registry, "SIN", x -> Math.sin(periodic(x)));
        MathFunctions.unary(registry, "COS", x -> Math.cos(periodic(x)));
        MathFunctions.unary(registry, "TAN", x -> Math.tan(periodic(x)));
        MathFunctions.unary(registry, "ASIN", x -> Math.asin(unitInterval(x)));
        MathFunctions.unary(registry, "ACOS", x -> Math.acos(unitInterval(x)));
        MathFunctions.unary(registry, "ATAN", Math::atan);
        MathFunctions.unary(registry, "SINH", Math::sinh);
        MathFunctions.unary(registry, "COSH", Math::cosh);
        MathFunctions.unary(registry, "TANH", Math::tanh);
        registry.register("ATAN2", 2, 2, (args, context) -> Lift.map(args[0], args[1], context,
                (x, y) -> Values.number(atan2(Coerce.toNumber(x), Coerce.toNumber(y)))));
    }

    private static double periodic(double x) {
        return Math.abs(x) >= PERIODIC_LIMIT ? MathFunctions.numError() : x;
    }

    private static double unitInterval(double x) {
        return x < -1 || x > 1 ? MathFunctions.numError() : x;
    }

    /** Excel's ATAN2 takes x first, then y: the angle of the point (x, y). */
    private static double atan2(double x, double y) {
        if (x == 0 && y == 0) {
            throw new ErrorSignal(ErrorValue.DIV0);
        }
        return Math.atan2(y, x);
    }
}
