package org.aibyhand.engine.eval;

import java.util.List;
import org.aibyhand.engine.formula.Expr;
import org.aibyhand.engine.function.Lift;
import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.Arithmetic;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorType;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;

/**
 * IF, IFERROR, IFNA, IFS and SWITCH: they evaluate only the branch they need (so a recursive LAMBDA can
 * stop), except IF and IFERROR over an array, where each element picks its own branch.
 */
final class Conditionals {
    private Conditionals() {
    }

    /** The result of a conditional call, or null when {@code call} is not one of them. */
    static Value evaluate(Expr.Call call, Evaluator evaluator) {
        switch (call.name()) {
            case "IF": return ifFunction(call.arguments(), evaluator);
            case "IFERROR": return ifError(call.arguments(), evaluator, false);
            case "IFNA": return ifError(call.arguments(), evaluator, true);
            case "IFS": return ifs(call.arguments(), evaluator);
            case "SWITCH": return switchFunction(call.arguments(), evaluator);
            default: return null;
        }
    }

    private static Value ifFunction(List<Expr> arguments, Evaluator evaluator) {
        if (arguments.size() < 2 || arguments.size() > 3) {
            return ErrorValue.VALUE;
        }
        Value condition = evaluator.operand(arguments.get(0));
        if (condition instanceof ArrayValue array) {
            Value whenTrue = evaluator.operand(arguments.get(1));
            Value whenFalse = arguments.size() > 2 ? evaluator.operand(arguments.get(2)) : BooleanValue.FALSE;
            return pickEach(array, whenTrue, whenFalse, evaluator);
        }
        boolean test;
        try {
            test = Coerce.toBoolean(condition);
        } catch (ErrorSignal signal) {
            return signal.error();
        }
        if (test) {
            return branch(arguments.get(1), evaluator);
        }
        return arguments.size() > 2 ? branch(arguments.get(2), evaluator) : BooleanValue.FALSE;
    }

    /** An omitted branch, as in IF(A1,,1), gives 0. */
    private static Value branch(Expr expr, Evaluator evaluator) {
        return expr instanceof Expr.Missing ? NumberValue.ZERO : evaluator.eval(expr);
    }

    private static Value pickEach(ArrayValue condition, Value whenTrue, Value whenFalse, Evaluator evaluator) {
        int rows = Math.max(condition.rows(), Math.max(Lift.rowsOf(whenTrue), Lift.rowsOf(whenFalse)));
        int columns = Math.max(condition.columns(), Math.max(Lift.columnsOf(whenTrue), Lift.columnsOf(whenFalse)));
        Value[] out = new Value[rows * columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                Value test = Lift.element(condition, r, c);
                Value yes = Lift.element(whenTrue, r, c);
                Value no = Lift.element(whenFalse, r, c);
                out[r * columns + c] = test == null ? ErrorValue.NA : pick(test, yes, no);
            }
        }
        return new ArrayValue(rows, columns, out);
    }

    private static Value pick(Value test, Value yes, Value no) {
        try {
            Value chosen = Coerce.toBoolean(test) ? yes : no;
            return chosen == null ? ErrorValue.NA : chosen;
        } catch (ErrorSignal signal) {
            return signal.error();
        }
    }

    private static Value ifError(List<Expr> arguments, Evaluator evaluator, boolean onlyNa) {
        if (arguments.size() != 2) {
            return ErrorValue.VALUE;
        }
        Value value = evaluator.operand(arguments.get(0));
        if (value instanceof ArrayValue array) {
            Value fallback = null;
            Value[] out = new Value[array.size()];
            for (int i = 0; i < out.length; i++) {
                Value element = array.get(i);
                if (caught(element, onlyNa)) {
                    if (fallback == null) {
                        fallback = evaluator.operand(arguments.get(1));
                    }
                    Value replacement = Lift.element(fallback, i / array.columns(), i % array.columns());
                    element = replacement == null ? ErrorValue.NA : replacement;
                }
                out[i] = element;
            }
            return new ArrayValue(array.rows(), array.columns(), out);
        }
        return caught(value, onlyNa) ? branch(arguments.get(1), evaluator) : value;
    }

    /** IFS(test1, value1, ...): the value of the first TRUE test; none TRUE is #N/A. */
    private static Value ifs(List<Expr> arguments, Evaluator evaluator) {
        if (arguments.size() < 2 || arguments.size() % 2 != 0) {
            return ErrorValue.VALUE;
        }
        for (int i = 0; i < arguments.size(); i += 2) {
            Value test = evaluator.operand(arguments.get(i));
            if (test instanceof ArrayValue array) {
                test = array.get(0);
            }
            try {
                if (Coerce.toBoolean(test)) {
                    return branch(arguments.get(i + 1), evaluator);
                }
            } catch (ErrorSignal signal) {
                return signal.error();
            }
        }
        return ErrorValue.NA;
    }

    /** SWITCH(expression, value1, result1, ..., [default]): the result of the first equal value. */
    private static Value switchFunction(List<Expr> arguments, Evaluator evaluator) {
        if (arguments.size() < 3) {
            return ErrorValue.VALUE;
        }
        Value subject = evaluator.operand(arguments.get(0));
        if (subject instanceof ErrorValue) {
            return subject;
        }
        boolean hasDefault = (arguments.size() - 1) % 2 == 1;
        int pairsEnd = hasDefault ? arguments.size() - 1 : arguments.size();
        for (int i = 1; i < pairsEnd; i += 2) {
            Value candidate = evaluator.operand(arguments.get(i));
            if (candidate instanceof ErrorValue) {
                return candidate;
            }
            if (Arithmetic.compare(subject, candidate) == 0) { // as =: a number never equals text
                return branch(arguments.get(i + 1), evaluator);
            }
        }
        return hasDefault ? branch(arguments.get(arguments.size() - 1), evaluator) : ErrorValue.NA;
    }

    private static boolean caught(Value value, boolean onlyNa) {
        return value instanceof ErrorValue error && (!onlyNa || error.type() == ErrorType.NA);
    }
}
