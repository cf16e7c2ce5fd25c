package org.aibyhand.engine.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.aibyhand.engine.formula.Expr;
import org.aibyhand.engine.formula.FormulaParser;
import org.aibyhand.engine.formula.FormulaSyntaxException;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Value;

/**
 * Expected values written as Excel constants, so test tables read like a sheet: {@code 2.68}, {@code -3},
 * {@code "abc"}, {@code TRUE}, {@code #N/A}, {@code {1,2;3,4}}. A leading {@code ~} compares numbers to within
 * 1e-13 (relative above 1) instead of exactly; {@code <blank>} is an empty cell and {@code ref(B2:C3)} a
 * reference on sheet 0.
 */
final class Expect {
    private static final double TOLERANCE = 1e-13;

    private Expect() {
    }

    /** Evaluates {@code formula} at the grid's host cell and compares it with {@code expected}. */
    static void formula(Grid grid, String formula, String expected) {
        Value actual = grid.evaluate(formula);
        value(expected, actual, formula);
    }

    static void value(String expected, Value actual, String label) {
        boolean approximate = expected.startsWith("~");
        Value wanted = parse(approximate ? expected.substring(1) : expected);
        compare(wanted, actual, approximate, label + " expected " + expected + " but was " + actual);
    }

    static Value parse(String text) {
        String trimmed = text.strip();
        if (trimmed.equals("<blank>")) {
            return EmptyValue.INSTANCE;
        }
        if (trimmed.startsWith("ref(") && trimmed.endsWith(")")) {
            Area area = Area.parse(trimmed.substring(4, trimmed.length() - 1));
            return new ReferenceValue(0, area.top(), area.left(), area.bottom(), area.right());
        }
        try {
            return constant(FormulaParser.parse(trimmed, 0, 0));
        } catch (FormulaSyntaxException e) {
            throw new IllegalArgumentException("expected value does not parse: " + text, e);
        }
    }

    private static Value constant(Expr expr) {
        if (expr instanceof Expr.Number number) {
            return new NumberValue(number.value());
        }
        if (expr instanceof Expr.Unary unary && unary.operator() == '-' && unary.operand() instanceof Expr.Number n) {
            return new NumberValue(-n.value());
        }
        if (expr instanceof Expr.Text text) {
            return new TextValue(text.value());
        }
        if (expr instanceof Expr.Bool bool) {
            return BooleanValue.of(bool.value());
        }
        if (expr instanceof Expr.Error error) {
            return ErrorValue.of(error.type());
        }
        if (expr instanceof Expr.ArrayConstant array) {
            return array.value();
        }
        throw new IllegalArgumentException("not a constant: " + expr);
    }

    private static void compare(Value wanted, Value actual, boolean approximate, String message) {
        if (wanted instanceof ArrayValue expectedArray) {
            if (!(actual instanceof ArrayValue actualArray)) {
                fail(message);
                return;
            }
            assertEquals(expectedArray.rows(), actualArray.rows(), message);
            assertEquals(expectedArray.columns(), actualArray.columns(), message);
            for (int i = 0; i < expectedArray.size(); i++) {
                compare(expectedArray.get(i), actualArray.get(i), approximate, message);
            }
            return;
        }
        if (wanted instanceof NumberValue number && actual instanceof NumberValue result) {
            double expected = number.value();
            if (approximate) {
                double allowed = TOLERANCE * Math.max(1, Math.abs(expected));
                assertTrue(Math.abs(result.value() - expected) <= allowed, message);
            } else {
                assertEquals(expected, result.value(), 0.0, message);
            }
            return;
        }
        assertEquals(wanted, actual, message);
    }
}
