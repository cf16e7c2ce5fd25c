package org.aibyhand.engine.function;

import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.formula.AreaShape;
import org.aibyhand.engine.formula.Expr;
import org.aibyhand.engine.formula.FormulaParser;
import org.aibyhand.engine.formula.FormulaSyntaxException;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;

/**
 * A test-only evaluator, just enough to write test tables as Excel formulas: constants, arrays, references
 * (sheet 0, or "Sheet2" as sheet 1), the range operator, unary minus, percent, + - * / ^ and &amp;, and calls
 * of registered functions, whose arguments reach them exactly as the real evaluator passes them (references
 * unread, omitted arguments as EmptyValue).
 */
final class Formulas {
    private Formulas() {
    }

    /** The value of {@code formula} written in the context's host cell (a reference result stays one). */
    static Value evaluate(String formula, FakeContext context) {
        try {
            return eval(FormulaParser.parse(formula, context.hostRow(), context.hostColumn()), context);
        } catch (FormulaSyntaxException e) {
            throw new IllegalArgumentException("test formula does not parse: " + formula, e);
        }
    }

    private static Value eval(Expr expr, FakeContext context) {
        if (expr instanceof Expr.Number number) {
            return new NumberValue(number.value());
        } else if (expr instanceof Expr.Text text) {
            return new TextValue(text.value());
        } else if (expr instanceof Expr.Bool bool) {
            return BooleanValue.of(bool.value());
        } else if (expr instanceof Expr.Error error) {
            return ErrorValue.of(error.type());
        } else if (expr instanceof Expr.ArrayConstant array) {
            return array.value();
        } else if (expr instanceof Expr.Missing) {
            return EmptyValue.INSTANCE;
        } else if (expr instanceof Expr.Group group) {
            return eval(group.inner(), context);
        } else if (expr instanceof Expr.Cell cell) {
            int row = cell.point().rowIn(context.hostRow());
            int column = cell.point().columnIn(context.hostColumn());
            return new ReferenceValue(sheet(cell.sheet()), row, column, row, column);
        } else if (expr instanceof Expr.Area area && area.shape() == AreaShape.CELLS) {
            return box(sheet(area.sheet()), area.first().rowIn(context.hostRow()), area.first().columnIn(context.hostColumn()),
                    area.last().rowIn(context.hostRow()), area.last().columnIn(context.hostColumn()));
        } else if (expr instanceof Expr.Unary unary && unary.operator() == '-') {
            return Lift.map(eval(unary.operand(), context), context, v -> Values.number(-Coerce.toNumber(v)));
        } else if (expr instanceof Expr.Percent percent) {
            return Lift.map(eval(percent.operand(), context), context, v -> Values.number(Coerce.toNumber(v) / 100));
        } else if (expr instanceof Expr.Binary binary) {
            return binary(binary, context);
        } else if (expr instanceof Expr.Call call) {
            return call(call, context);
        }
        throw new IllegalArgumentException("the test evaluator does not handle " + expr);
    }

    private static Value call(Expr.Call call, FakeContext context) {
        FunctionDefinition definition = FunctionRegistry.standard().lookup(call.name());
        if (definition == null) {
            return ErrorValue.NAME;
        }
        List<Value> arguments = new ArrayList<>();
        for (Expr argument : call.arguments()) {
            arguments.add(eval(argument, context));
        }
        if (!definition.accepts(arguments.size())) {
            return ErrorValue.VALUE;
        }
        try {
            return definition.function().apply(arguments.toArray(new Value[0]), context);
        } catch (ErrorSignal signal) {
            return signal.error();
        }
    }

    private static Value binary(Expr.Binary binary, FakeContext context) {
        Value left = eval(binary.left(), context);
        Value right = eval(binary.right(), context);
        switch (binary.operator()) {
            case RANGE -> {
                if (!(left instanceof ReferenceValue a) || !(right instanceof ReferenceValue b) || a.sheet() != b.sheet()) {
                    return ErrorValue.VALUE;
                }
                return box(a.sheet(), Math.min(a.top(), b.top()), Math.min(a.left(), b.left()),
                        Math.max(a.bottom(), b.bottom()), Math.max(a.right(), b.right()));
            }
            case CONCAT -> {
                return Lift.map(left, right, context, (x, y) -> new TextValue(Coerce.toText(x) + Coerce.toText(y)));
            }
            default -> {
                return Lift.map(left, right, context, (x, y) -> arithmetic(binary, Coerce.toNumber(x), Coerce.toNumber(y)));
            }
        }
    }

    private static Value arithmetic(Expr.Binary binary, double x, double y) {
        switch (binary.operator()) {
            case ADD -> {
                return Values.number(x + y);
            }
            case SUBTRACT -> {
                return Values.number(x - y);
            }
            case MULTIPLY -> {
                return Values.number(x * y);
            }
            case DIVIDE -> {
                return y == 0 ? ErrorValue.DIV0 : Values.number(x / y);
            }
            case POWER -> {
                return Values.number(Math.pow(x, y));
            }
            default -> throw new IllegalArgumentException("the test evaluator does not handle " + binary.operator());
        }
    }

    private static ReferenceValue box(int sheet, int r1, int c1, int r2, int c2) {
        return new ReferenceValue(sheet, Math.min(r1, r2), Math.min(c1, c2), Math.max(r1, r2), Math.max(c1, c2));
    }

    private static int sheet(String name) {
        if (name == null || name.equalsIgnoreCase("Sheet1")) {
            return 0;
        }
        if (name.equalsIgnoreCase("Sheet2")) {
            return 1;
        }
        throw new IllegalArgumentException("unknown test sheet " + name);
    }
}
