package org.aibyhand.engine.eval;

import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.formula.Expr;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.LambdaValue;
import org.aibyhand.engine.value.Value;

/** LET, LAMBDA and ISOMITTED: the forms that bind names, so they see the syntax tree, not values. */
final class Lambdas {
    private Lambdas() {
    }

    /** The result of a binding form, or null when {@code call} is not one. */
    static Value evaluate(Expr.Call call, Evaluator evaluator) {
        switch (call.name()) {
            case "LET": return let(call.arguments(), evaluator);
            case "LAMBDA": return lambda(call.arguments(), evaluator);
            case "ISOMITTED": return isOmitted(call.arguments(), evaluator);
            default: return null;
        }
    }

    /** LET(name1, value1, [name2, value2, ...], result): each value sees the names bound before it. */
    private static Value let(List<Expr> arguments, Evaluator evaluator) {
        if (arguments.size() < 3 || arguments.size() % 2 == 0) {
            return ErrorValue.VALUE;
        }
        Scope saved = evaluator.scope();
        try {
            for (int i = 0; i < arguments.size() - 1; i += 2) {
                String name = parameterName(arguments.get(i));
                if (name == null) {
                    return ErrorValue.VALUE;
                }
                Value value = evaluator.eval(arguments.get(i + 1));
                evaluator.setScope(Scope.bind(evaluator.scope(), name, value, false));
            }
            return evaluator.eval(arguments.get(arguments.size() - 1));
        } finally {
            evaluator.setScope(saved);
        }
    }

    /** LAMBDA(parameter..., body) makes a function value; it is called by whatever applies it. */
    private static Value lambda(List<Expr> arguments, Evaluator evaluator) {
        if (arguments.isEmpty() || arguments.size() > 254) {
            return ErrorValue.VALUE;
        }
        List<String> parameters = new ArrayList<>();
        for (int i = 0; i < arguments.size() - 1; i++) {
            String name = parameterName(arguments.get(i));
            if (name == null || parameters.stream().anyMatch(name::equalsIgnoreCase)) {
                return ErrorValue.VALUE;
            }
            parameters.add(name);
        }
        return evaluator.closure(parameters, arguments.get(arguments.size() - 1));
    }

    private static Value isOmitted(List<Expr> arguments, Evaluator evaluator) {
        if (arguments.size() != 1) {
            return ErrorValue.VALUE;
        }
        if (arguments.get(0) instanceof Expr.Name name && name.sheet() == null) {
            Scope binding = Scope.find(evaluator.scope(), name.name());
            if (binding != null) {
                return BooleanValue.of(binding.omitted());
            }
        }
        return BooleanValue.FALSE;
    }

    /** Calls a function value with arguments evaluated as given; anything but a LAMBDA is #VALUE!. */
    static Value invoke(Value function, List<Expr> arguments, Evaluator evaluator) {
        if (function instanceof ErrorValue) {
            return function;
        }
        if (!(function instanceof LambdaValue lambda)) {
            return ErrorValue.VALUE;
        }
        if (arguments.size() > lambda.parameterCount()) {
            return ErrorValue.VALUE;
        }
        Value[] values = new Value[arguments.size()];
        for (int i = 0; i < values.length; i++) {
            Expr argument = arguments.get(i);
            values[i] = argument instanceof Expr.Missing ? null : evaluator.eval(argument);
        }
        return lambda.call(values);
    }

    private static String parameterName(Expr expr) {
        return expr instanceof Expr.Name name && name.sheet() == null ? name.name() : null;
    }
}
