package org.aibyhand.engine.function;

import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.LambdaValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.value.Value;

/**
 * MAP, REDUCE, SCAN, MAKEARRAY, BYROW and BYCOL: they call a LAMBDA once per element, row or column. A LAMBDA
 * with the wrong number of parameters is #VALUE!; a call that returns more than one value where one is needed
 * is #CALC!, as Excel has no arrays of arrays.
 */
final class LambdaFunctions {
    private LambdaFunctions() {
    }

    static void register(FunctionRegistry registry) {
        registry.register("MAP", 2, 254, LambdaFunctions::map);
        registry.register("REDUCE", 3, 3, (args, context) -> reduce(args, context, false));
        registry.register("SCAN", 3, 3, (args, context) -> reduce(args, context, true));
        registry.register("MAKEARRAY", 3, 3, LambdaFunctions::makeArray);
        registry.register("BYROW", 2, 2, (args, context) -> byLine(args, context, true));
        registry.register("BYCOL", 2, 2, (args, context) -> byLine(args, context, false));
    }

    private static LambdaValue lambda(Value argument, int parameters) {
        if (argument instanceof LambdaValue lambda && lambda.parameterCount() == parameters) {
            return lambda;
        }
        throw new ErrorSignal(argument instanceof ErrorValue error ? error : ErrorValue.VALUE);
    }

    /** One value from a call: a reference is read, a single-element array is its element, more is #CALC!. */
    private static Value single(Value result, CallContext context) {
        Value value = result instanceof ReferenceValue ? context.dereference(result) : result;
        if (value instanceof ArrayValue array) {
            return array.size() == 1 ? array.get(0) : ErrorValue.CALC;
        }
        return value instanceof LambdaValue ? ErrorValue.CALC : value;
    }

    /** MAP(array1, [array2, ...], lambda): the arrays are walked together, stretched like operands. */
    private static Value map(Value[] args, CallContext context) {
        int count = args.length - 1;
        LambdaValue lambda = lambda(args[count], count);
        ArrayValue[] arrays = new ArrayValue[count];
        int rows = 1;
        int columns = 1;
        for (int i = 0; i < count; i++) {
            arrays[i] = Arguments.asArray(args[i], context);
            rows = Math.max(rows, arrays[i].rows());
            columns = Math.max(columns, arrays[i].columns());
        }
        Value[] out = new Value[rows * columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                Value[] elements = new Value[count];
                boolean missing = false;
                for (int i = 0; i < count; i++) {
                    elements[i] = Lift.element(arrays[i], r, c);
                    missing |= elements[i] == null;
                }
                out[r * columns + c] = missing ? ErrorValue.NA : single(lambda.call(elements), context);
            }
        }
        return new ArrayValue(rows, columns, out);
    }

    /** REDUCE and SCAN(initial, array, lambda(accumulator, value)), row by row. */
    private static Value reduce(Value[] args, CallContext context, boolean keepSteps) {
        LambdaValue lambda = lambda(args[2], 2);
        ArrayValue array = Arguments.asArray(args[1], context);
        Value accumulator = context.dereference(args[0]);
        Value[] steps = new Value[array.size()];
        for (int i = 0; i < array.size(); i++) {
            accumulator = lambda.call(new Value[] {accumulator, array.get(i)});
            if (keepSteps) {
                steps[i] = single(accumulator, context);
            }
        }
        return keepSteps ? new ArrayValue(array.rows(), array.columns(), steps) : accumulator;
    }

    /** MAKEARRAY(rows, columns, lambda(row, column)) with 1-based indexes. */
    private static Value makeArray(Value[] args, CallContext context) {
        long rows = Arguments.integer(Arguments.scalar(args[0], context));
        long columns = Arguments.integer(Arguments.scalar(args[1], context));
        LambdaValue lambda = lambda(args[2], 2);
        if (rows < 1 || columns < 1) {
            return ErrorValue.VALUE;
        }
        if (rows * columns > 1L << 24) {
            return ErrorValue.NUM;
        }
        Value[] out = new Value[(int) (rows * columns)];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                Value result = lambda.call(new Value[] {new NumberValue(r + 1), new NumberValue(c + 1)});
                out[(int) (r * columns + c)] = single(result, context);
            }
        }
        return new ArrayValue((int) rows, (int) columns, out);
    }

    /** BYROW gives a column with one value per row; BYCOL a row with one value per column. */
    private static Value byLine(Value[] args, CallContext context, boolean byRow) {
        ArrayValue array = Arguments.asArray(args[0], context);
        LambdaValue lambda = lambda(args[1], 1);
        int lines = byRow ? array.rows() : array.columns();
        int length = byRow ? array.columns() : array.rows();
        Value[] out = new Value[lines];
        for (int line = 0; line < lines; line++) {
            Value[] elements = new Value[length];
            for (int k = 0; k < length; k++) {
                elements[k] = byRow ? array.get(line, k) : array.get(k, line);
            }
            ArrayValue slice = byRow ? new ArrayValue(1, length, elements) : new ArrayValue(length, 1, elements);
            out[line] = single(lambda.call(new Value[] {slice}), context);
        }
        return byRow ? new ArrayValue(lines, 1, out) : new ArrayValue(1, lines, out);
    }
}
