package org.aibyhand.engine.function;

import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;

/**
 * Elimination with partial pivoting (the row with the largest magnitude in the column becomes the pivot) for
 * MINVERSE and MDETERM. A matrix is singular only when a pivot is exactly 0: like Excel, a nearly singular
 * matrix gives huge numbers or a determinant such as 6.7E-16 rather than an error.
 */
final class GaussJordan {
    private GaussJordan() {
    }

    /** The determinant: the product of the pivots, negated once per row swap. */
    static double determinant(double[][] matrix) {
        int n = matrix.length;
        double[][] a = copy(matrix);
        double determinant = 1.0;
        for (int column = 0; column < n; column++) {
            int pivot = pivotRow(a, column);
            if (a[pivot][column] == 0) {
                return 0.0;
            }
            if (pivot != column) {
                swap(a, pivot, column);
                determinant = -determinant;
            }
            determinant *= a[column][column];
            for (int row = column + 1; row < n; row++) {
                double factor = a[row][column] / a[column][column];
                for (int k = column; k < n; k++) {
                    a[row][k] -= factor * a[column][k];
                }
            }
        }
        return determinant;
    }

    /** The inverse as an array, or #NUM! when the matrix is singular. */
    static Value inverse(double[][] matrix) {
        int n = matrix.length;
        double[][] a = copy(matrix);
        double[][] inverse = new double[n][n];
        for (int i = 0; i < n; i++) {
            inverse[i][i] = 1.0;
        }
        for (int column = 0; column < n; column++) {
            int pivot = pivotRow(a, column);
            if (a[pivot][column] == 0) {
                throw new ErrorSignal(ErrorValue.NUM);
            }
            swap(a, pivot, column);
            swap(inverse, pivot, column);
            double scale = a[column][column];
            for (int k = 0; k < n; k++) {
                a[column][k] /= scale;
                inverse[column][k] /= scale;
            }
            for (int row = 0; row < n; row++) {
                double factor = a[row][column];
                if (row == column || factor == 0) {
                    continue;
                }
                for (int k = 0; k < n; k++) {
                    a[row][k] -= factor * a[column][k];
                    inverse[row][k] -= factor * inverse[column][k];
                }
            }
        }
        Value[] out = new Value[n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                out[r * n + c] = Values.number(inverse[r][c]);
                if (out[r * n + c] instanceof ErrorValue) {
                    throw new ErrorSignal(ErrorValue.NUM);
                }
            }
        }
        return new ArrayValue(n, n, out);
    }

    private static int pivotRow(double[][] a, int column) {
        int best = column;
        for (int row = column + 1; row < a.length; row++) {
            if (Math.abs(a[row][column]) > Math.abs(a[best][column])) {
                best = row;
            }
        }
        return best;
    }

    private static void swap(double[][] a, int i, int j) {
        double[] row = a[i];
        a[i] = a[j];
        a[j] = row;
    }

    private static double[][] copy(double[][] matrix) {
        double[][] copy = new double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            copy[i] = matrix[i].clone();
        }
        return copy;
    }
}
