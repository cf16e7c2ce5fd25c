package org.aibyhand.engine.function;

import java.util.Locale;
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
    private enum Op { EQ, NE, LT, LE, GT, GE }

    private final Op op;
    private final Value operand;

    private Criteria(Op op, Value operand) {
        this.op = op;
        this.operand = operand;
    }

    static Criteria of(Value criterion) {
        if (!(criterion instanceof TextValue text)) {
            return new Criteria(Op.EQ, criterion instanceof EmptyValue ? TextValue.EMPTY : criterion);
        }
        String s = text.text();
        Op op = Op.EQ;
        for (String[] prefix : new String[][] {{"<=", "LE"}, {">=", "GE"}, {"<>", "NE"}, {"<", "LT"}, {">", "GT"}, {"=", "EQ"}}) {
            if (s.startsWith(prefix[0])) {
                op = Op.valueOf(prefix[1]);
                s = s.substring(prefix[0].length());
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
        if (operand instanceof TextValue text && text.text().isEmpty() && (op == Op.EQ || op == Op.NE)) {
            boolean blank = cell instanceof EmptyValue || cell instanceof TextValue t && t.text().isEmpty();
            return (op == Op.EQ) == blank;
        }
        Value value = numericText(cell);
        if (operand instanceof TextValue pattern && (op == Op.EQ || op == Op.NE)) {
            boolean equal = value instanceof TextValue t && Wildcard.matches(pattern.text(), t.text());
            return (op == Op.EQ) == equal;
        }
        if (value instanceof EmptyValue || value.getClass() != operand.getClass()) {
            return op == Op.NE;
        }
        int order = Arithmetic.compare(value, operand);
        switch (op) {
            case EQ: return order == 0;
            case NE: return order != 0;
            case LT: return order < 0;
            case LE: return order <= 0;
            case GT: return order > 0;
            default: return order >= 0;
        }
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
