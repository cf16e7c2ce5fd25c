package org.aibyhand.engine.function;

import java.util.function.DoubleUnaryOperator;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.Values;

/** Math and trigonometry functions. */
final class MathFunctions {
    private MathFunctions() {
    }

    static void register(FunctionRegistry registry) {
        unary(registry, "ABS", Math::abs);
        unary(registry, "EXP", Math::exp);
    }

    /** A one-argument numeric function, mapped over arrays; non-finite results are #NUM!. */
    private static void unary(FunctionRegistry registry, String name, DoubleUnaryOperator op) {
        registry.register(name, 1, 1, (args, context) ->
                Lift.map(args[0], context, value -> Values.number(op.applyAsDouble(Coerce.toNumber(value)))));
    }
}
