package org.aibyhand.engine.function;

import java.util.Locale;
import org.aibyhand.engine.formula.BinaryOperator;
import org.aibyhand.engine.value.Arithmetic;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Value;

/**
 * A condition as COUNTIF, SUMIFS and their kin take it: a value to equal, or text such as {@code ">5"},
 * {@code "<>x"}, {@code "a*"} or {@code ""}. Numbers match numbers (and numeric text); text matches text
 * without case, with wildcards for = and &lt;&gt;; {@code ""} matches blanks and {@code "<>"} anything
 * else; errors in the cells never match.
 */
final class Criteria {
    /** The operators a criterion may start with, two-character ones first. */
    private static final BinaryOperator[] PREFIXES = {BinaryOperator.LESS_EQUAL, BinaryOperator.GREATER_EQUAL,
        BinaryOperator.NOT_EQUAL, BinaryOperator.LESS, BinaryOperator.GREATER, BinaryOperator.EQUAL};

    private final BinaryOperator op;
    private final Value operand;

    private Criteria(BinaryOperator op, Value operand) {
        this.op = op;
        this.operand = operand;
    }

    static Criteria of(Value criterion) {
        if (!(criterion instanceof TextValue text)) {
            return new Criteria(BinaryOperator.EQUAL, criterion instanceof EmptyValue ? TextValue.EMPTY : criterion);
        }
        String s = text.text();
        BinaryOperator op = BinaryOperator.EQUAL;
        for (BinaryOperator candidate : PREFIXES) {
            if (s.startsWith(candidate.symbol())) {
                op = candidate;
                s = s.substring(candidate.symbol().length());
                break;
            }
        }
        return new Criteria(op, operandOf(s));
    }

    private static Value operandOf(String text) {
        Double number = Coerce.parseNumber(text);
        if (number != null) {
            return new NumberValue(number);
        }
        if (text.equalsIgnoreCase("TRUE") || text.equalsIgnoreCase("FALSE")) {
            return BooleanValue.of(text.equalsIgnoreCase("TRUE"));
        }
        return new TextValue(text);
    }

    boolean test(Value cell) {
        if (cell.isError()) {
            return false;
        }
        boolean equality = op == BinaryOperator.EQUAL || op == BinaryOperator.NOT_EQUAL;
        if (operand instanceof TextValue text && text.text().isEmpty() && equality) {
            boolean blank = cell instanceof EmptyValue || cell instanceof TextValue t && t.text().isEmpty();
            return (op == BinaryOperator.EQUAL) == blank;
        }
        Value value = numericText(cell);
        if (operand instanceof TextValue pattern && equality) {
            boolean equal = value instanceof TextValue t && Wildcard.matches(pattern.text(), t.text());
            return (op == BinaryOperator.EQUAL) == equal;
        }
        if (value instanceof EmptyValue || value.getClass() != operand.getClass()) {
            return op == BinaryOperator.NOT_EQUAL;
        }
        return op.holds(Arithmetic.compare(value, operand));
    }

    /** A cell holding numeric text matches a numeric criterion, as in Excel. */
    private Value numericText(Value cell) {
        if (operand instanceof NumberValue && cell instanceof TextValue text) {
            Double number = Coerce.parseNumber(text.text());
            return number == null ? cell : new NumberValue(number);
        }
        return cell;
    }

    @Override
    public String toString() {
        return op.name().toLowerCase(Locale.ROOT) + " " + operand;
    }
}
