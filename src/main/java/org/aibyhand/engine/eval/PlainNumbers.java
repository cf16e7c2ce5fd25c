package org.aibyhand.engine.eval;

import java.util.function.DoubleUnaryOperator;
import org.aibyhand.engine.formula.Expr;
import org.aibyhand.engine.function.FunctionRegistry;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.value.Value;

/**
 * Evaluates the purely numeric part of a formula on plain doubles: numbers, single cells holding numbers,
 * {@code + - * / ^}, unary minus, parentheses and one-number functions such as EXP. Most formulas of a neural
 * network are only that, and computing them without a value object per intermediate result is several times
 * faster. Anything else (text, blanks, errors, ranges, names, a division by zero, a result that is not finite)
 * gives {@link #NOT_PLAIN}, and the caller evaluates the formula the general way, which gives the same number
 * whenever this path gives one: each operator there also works on the two numbers alone.
 */
final class PlainNumbers {
    /** The answer when the expression needs the general evaluation (no Excel value is NaN). */
    static final double NOT_PLAIN = Double.NaN;
    /** Deeper trees take the general path, whose operator chains need no recursion. */
    private static final int MAX_DEPTH = 24;
    /** Larger ranges take the general path, which reports them as too large to read. */
    private static final long MAX_CELLS = 1 << 16;

    private final Evaluator evaluator;
    private final FunctionRegistry functions;

    PlainNumbers(Evaluator evaluator, FunctionRegistry functions) {
        this.evaluator = evaluator;
        this.functions = functions;
    }

    /** True for the expressions worth trying: operators and calls (a lone number or cell gains nothing). */
    static boolean worthTrying(Expr expr) {
        return expr instanceof Expr.Binary || expr instanceof Expr.Call;
    }

    /** The value of {@code expr} as a number, or {@link #NOT_PLAIN}; a cell not yet computed throws as usual. */
    double evaluate(Expr expr) {
        return number(expr, 0);
    }

    private double number(Expr expr, int depth) {
        if (expr instanceof Expr.Cell cell) {
            return evaluator.cellNumber(cell);
        }
        if (expr instanceof Expr.Number number) {
            return number.value();
        }
        if (depth == MAX_DEPTH) {
            return NOT_PLAIN;
        }
        if (expr instanceof Expr.Binary binary) {
            double x = number(binary.left(), depth + 1);
            if (x != x) {
                return NOT_PLAIN;
            }
            double y = number(binary.right(), depth + 1);
            if (y != y) {
                return NOT_PLAIN;
            }
            return finite(apply(binary, x, y));
        }
        if (expr instanceof Expr.Group group) {
            return number(group.inner(), depth + 1);
        }
        if (expr instanceof Expr.Unary unary && unary.operator() == '-') {
            return -number(unary.operand(), depth + 1);
        }
        if (expr instanceof Expr.Call call && call.arguments().size() == 1) {
            if (call.name().equals("SUM") && call.arguments().get(0) instanceof Expr.Call inner) {
                return sumOverRange(inner);
            }
            DoubleUnaryOperator op = functions.numericForm(call.name());
            double x = op == null ? NOT_PLAIN : number(call.arguments().get(0), depth + 1);
            if (x != x) {
                return NOT_PLAIN;
            }
            try {
                return finite(op.applyAsDouble(x));
            } catch (ErrorSignal outsideDomain) {
                return NOT_PLAIN;
            }
        }
        return NOT_PLAIN;
    }

    /**
     * SUM(EXP(A1:A9)) in an array formula (softmax denominators): the function applied to each cell and summed
     * in reading order, as the general path sums the array it lifts. Only when every cell holds a number; in a
     * plain formula the range would be intersected instead, so that takes the general path.
     */
    private double sumOverRange(Expr.Call inner) {
        DoubleUnaryOperator op = functions.numericForm(inner.name());
        if (op == null || !evaluator.isArrayMode() || functions.lookup("SUM") == null
                || inner.arguments().size() != 1 || !(inner.arguments().get(0) instanceof Expr.Area area)
                || !(evaluator.areaOperand(area) instanceof ReferenceValue range) || range.rows() * (long) range.columns() > MAX_CELLS) {
            return NOT_PLAIN;
        }
        double total = 0.0;
        for (int r = range.top(); r <= range.bottom(); r++) {
            for (int c = range.left(); c <= range.right(); c++) {
                double number = CellReads.numberOf(evaluator.workbook().sheet(range.sheet()).cell(r, c));
                if (number != number) {
                    return NOT_PLAIN;
                }
                double term;
                try {
                    term = op.applyAsDouble(number);
                } catch (ErrorSignal outsideDomain) {
                    return NOT_PLAIN;
                }
                if (term != term || Double.isInfinite(term)) {
                    return NOT_PLAIN;
                }
                total += term;
            }
        }
        return finite(total);
    }

    private static double apply(Expr.Binary binary, double x, double y) {
        switch (binary.operator()) {
            case ADD: return x + y;
            case SUBTRACT: return x - y;
            case MULTIPLY: return x * y;
            case DIVIDE: return divide(x, y);
            case POWER: return power(x, y);
            default: return NOT_PLAIN;
        }
    }

    /** x / y, or NOT_PLAIN where Excel's answer is an error (y = 0) or an infinite y would hide an overflow. */
    static double divide(double x, double y) {
        return y == 0 || Double.isInfinite(y) ? NOT_PLAIN : x / y;
    }

    /** x ^ y, or NOT_PLAIN where Excel's answer is an error (0^0, 0 to a negative, a root of a negative). */
    static double power(double x, double y) {
        if (x - x != 0 || y - y != 0 || x == 0 && y <= 0 || x < 0 && y != Math.rint(y)) {
            return NOT_PLAIN;
        }
        return Math.pow(x, y);
    }

    private static double finite(double value) {
        return Double.isInfinite(value) ? NOT_PLAIN : value;
    }

    /** The value object for a result of this path; -0 shows as 0, as everywhere else. */
    static Value box(double value) {
        return new NumberValue(value == 0 ? 0.0 : value);
    }
}
