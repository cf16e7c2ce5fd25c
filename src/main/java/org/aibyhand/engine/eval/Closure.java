package org.aibyhand.engine.eval;

import java.util.List;
import org.aibyhand.engine.formula.Expr;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.LambdaValue;
import org.aibyhand.engine.value.Value;

/**
 * The value of a LAMBDA: its parameter names, its body and the scope and reference origin it was made in.
 * Calling it evaluates the body in that scope with the parameters bound.
 */
final class Closure implements LambdaValue {
    private final Evaluator evaluator;
    private final List<String> parameters;
    private final Expr body;
    private final Scope scope;
    private final int originRow;
    private final int originColumn;

    Closure(Evaluator evaluator, List<String> parameters, Expr body, Scope scope, int originRow, int originColumn) {
        this.evaluator = evaluator;
        this.parameters = List.copyOf(parameters);
        this.body = body;
        this.scope = scope;
        this.originRow = originRow;
        this.originColumn = originColumn;
    }

    @Override
    public int parameterCount() {
        return parameters.size();
    }

    /** Too many arguments is #VALUE!; missing trailing ones are bound as omitted. */
    @Override
    public Value call(Value[] arguments) {
        if (arguments.length > parameters.size()) {
            return ErrorValue.VALUE;
        }
        Scope inner = scope;
        for (int i = 0; i < parameters.size(); i++) {
            boolean omitted = i >= arguments.length || arguments[i] == null;
            inner = Scope.bind(inner, parameters.get(i), omitted ? EmptyValue.INSTANCE : arguments[i], omitted);
        }
        return evaluator.evaluateBody(body, inner, originRow, originColumn);
    }

    @Override
    public String toString() {
        return "LAMBDA(" + String.join(",", parameters) + ")";
    }
}
