package org.aibyhand.engine.function;

import java.util.Arrays;
import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.ReferenceValue;
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
                multiply(matrix(args[0], context), matrix(args[1], context)), FunctionTrait.WHOLE_ARRAY_ARGUMENTS);
        registry.register("TRANSPOSE", 1, 1, (args, context) -> transpose(Arguments.asArray(args[0], context)));
        registry.register("MINVERSE", 1, 1, (args, context) -> GaussJordan.inverse(square(args[0], context)),
                FunctionTrait.WHOLE_ARRAY_ARGUMENTS);
        registry.register("MDETERM", 1, 1, (args, context) ->
                Values.number(GaussJordan.determinant(square(args[0], context))), FunctionTrait.WHOLE_ARRAY_ARGUMENTS);
    }

    /** A matrix of numbers in row-major order. */
    private record Matrix(int rows, int columns, double[] cells) {
    }

    /**
     * An operand as a matrix of numbers. A range of numbers only is read straight from its cells; anything else
     * goes element by element, where the first error found propagates and any other non-number is #VALUE!.
     */
    private static Matrix matrix(Value argument, CallContext context) {
        if (argument instanceof ReferenceValue reference) {
            double[] cells = context.readNumbers(reference);
            if (cells != null) {
                return new Matrix(reference.rows(), reference.columns(), cells);
            }
        }
        ArrayValue array = Arguments.asArray(argument, context);
        double[] cells = new double[array.size()];
        for (int i = 0; i < cells.length; i++) {
            Value element = ErrorSignal.check(array.get(i));
            if (!(element instanceof NumberValue number)) {
                throw new ErrorSignal(ErrorValue.VALUE);
            }
            cells[i] = number.value();
        }
        return new Matrix(array.rows(), array.columns(), cells);
    }

    private static double[][] square(Value argument, CallContext context) {
        Matrix matrix = matrix(argument, context);
        if (matrix.rows() != matrix.columns()) {
            throw new ErrorSignal(ErrorValue.VALUE);
        }
        double[][] rows = new double[matrix.rows()][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = Arrays.copyOfRange(matrix.cells(), r * matrix.columns(), (r + 1) * matrix.columns());
        }
        return rows;
    }

    /** Each element is a dot product summed left to right from 0.0, the order Excel uses. */
    private static Value multiply(Matrix a, Matrix b) {
        int inner = a.columns();
        if (inner != b.rows()) {
            return ErrorValue.VALUE;
        }
        int rows = a.rows();
        int columns = b.columns();
        double[] left = a.cells();
        double[] right = b.cells();
        Value[] out = new Value[rows * columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                double total = 0.0;
                for (int k = 0; k < inner; k++) {
                    total += left[i * inner + k] * right[k * columns + j];
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
