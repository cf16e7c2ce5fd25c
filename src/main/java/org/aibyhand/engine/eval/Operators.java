package org.aibyhand.engine.eval;

import org.aibyhand.engine.formula.BinaryOperator;
import org.aibyhand.engine.function.CallContext;
import org.aibyhand.engine.function.Lift;
import org.aibyhand.engine.value.Arithmetic;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;

/** The arithmetic, text and comparison operators on evaluated operands, broadcast over arrays. */
final class Operators {
    private Operators() {
    }

    static Value binary(BinaryOperator operator, Value left, Value right, CallContext context) {
        if (left instanceof NumberValue a && right instanceof NumberValue b) {
            Value fast = numeric(operator, a.value(), b.value());
            if (fast != null) {
                return fast;
            }
        }
        return Lift.map(left, right, context, (a, b) -> scalar(operator, a, b));
    }

    private static Value scalar(BinaryOperator operator, Value a, Value b) {
        if (operator == BinaryOperator.CONCAT) {
            String text = Coerce.toText(a);
            String more = Coerce.toText(b);
            if (text.length() + more.length() > TextValue.MAX_LENGTH) {
                return ErrorValue.VALUE; // Excel's text limit; a doubling chain would otherwise fill the heap
            }
            return Values.text(text + more);
        }
        if (operator.isComparison()) {
            ErrorSignal.check(a);
            ErrorSignal.check(b);
            return BooleanValue.of(operator.holds(Arithmetic.compare(a, b)));
        }
        double x = Coerce.toNumber(a);
        double y = Coerce.toNumber(b);
        return numeric(operator, x, y);
    }

    /** Arithmetic on two numbers; null for operators that are not arithmetic or need the original values. */
    private static Value numeric(BinaryOperator operator, double x, double y) {
        switch (operator) {
            case ADD: return Values.number(x + y);
            case SUBTRACT: return Values.number(x - y);
            case MULTIPLY: return Values.number(x * y);
            case DIVIDE: return Arithmetic.divide(x, y);
            case POWER: return Arithmetic.power(x, y);
            case EQUAL: case NOT_EQUAL: case LESS: case LESS_EQUAL: case GREATER: case GREATER_EQUAL:
                return BooleanValue.of(operator.holds(Arithmetic.compareNumbers(x, y)));
            default: return null;
        }
    }

    static Value negate(Value operand, CallContext context) {
        if (operand instanceof NumberValue number) {
            return Values.number(-number.value());
        }
        return Lift.map(operand, context, value -> Values.number(-Coerce.toNumber(value)));
    }

    static Value percent(Value operand, CallContext context) {
        return Lift.map(operand, context, value -> Values.number(Coerce.toNumber(value) / 100));
    }
}
