package org.aibyhand.engine.function;

import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;

/**
 * MMULT, TRANSPOSE, MINVERSE and MDETERM. Matrix operands must hold only numbers: a blank, text or logical
 * element is #VALUE! (an error element propagates). Results are arrays even when 1x1.
 */
final class MatrixFunctions {
    private MatrixFunctions() {
    }

    static void register(FunctionRegistry registry) {
        registry.register("MMULT", 2, 2, (args, context) ->
                multiply(numbers(args[0], context), numbers(args[1], context)));
        registry.register("TRANSPOSE", 1, 1, (args, context) -> transpose(Arguments.asArray(args[0], context)));
        registry.register("MINVERSE", 1, 1, (args, context) -> GaussJordan.inverse(square(args[0], context)));
        registry.register("MDETERM", 1, 1, (args, context) ->
                Values.number(GaussJordan.determinant(square(args[0], context))));
    }

    /** An operand as a matrix of numbers. */
    static double[][] numbers(Value argument, CallContext context) {
        ArrayValue array = Arguments.asArray(argument, context);
        double[][] matrix = new double[array.rows()][array.columns()];
        for (int r = 0; r < array.rows(); r++) {
            for (int c = 0; c < array.columns(); c++) {
                Value element = ErrorSignal.check(array.get(r, c));
                if (!(element instanceof NumberValue number)) {
                    throw new ErrorSignal(ErrorValue.VALUE);
                }
                matrix[r][c] = number.value();
            }
        }
        return matrix;
    }

    private static double[][] square(Value argument, CallContext context) {
        double[][] matrix = numbers(argument, context);
        if (matrix.length != matrix[0].length) {
            throw new ErrorSignal(ErrorValue.VALUE);
        }
        return matrix;
    }

    /** Each element is a dot product summed left to right from 0.0, the order Excel uses. */
    private static Value multiply(double[][] a, double[][] b) {
        int inner = a[0].length;
        if (inner != b.length) {
            return ErrorValue.VALUE;
        }
        int rows = a.length;
        int columns = b[0].length;
        Value[] out = new Value[rows * columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                double total = 0.0;
                for (int k = 0; k < inner; k++) {
                    total += a[i][k] * b[k][j];
                }
                out[i * columns + j] = Values.number(total);
            }
        }
        return new ArrayValue(rows, columns, out);
    }

    /** Rows become columns; a blank cell becomes 0, as Excel shows it in the result. */
    private static Value transpose(ArrayValue array) {
        ArrayValue turned = Tables.transpose(array);
        Value[] out = new Value[turned.size()];
        for (int i = 0; i < out.length; i++) {
            Value element = turned.get(i);
            out[i] = element instanceof EmptyValue ? NumberValue.ZERO : element;
        }
        return new ArrayValue(turned.rows(), turned.columns(), out);
    }
}
