package org.aibyhand.lesson;

/** Plain matrix arithmetic for the lessons' reference implementations: [row][column] arrays, nothing clever. */
public final class Matrices {
    private Matrices() {
    }

    /** a b. */
    public static double[][] times(double[][] a, double[][] b) {
        double[][] m = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b[0].length; j++) {
                for (int k = 0; k < b.length; k++) {
                    m[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return m;
    }

    /** a bᵀ: Σₜ a[i][t] b[j][t], a gradient summed over time or tokens. */
    public static double[][] timesTransposed(double[][] a, double[][] b) {
        return times(a, transpose(b));
    }

    public static double[][] transpose(double[][] a) {
        double[][] m = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                m[j][i] = a[i][j];
            }
        }
        return m;
    }

    public static double[][] plus(double[][] a, double[][] b) {
        double[][] m = new double[a.length][a[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                m[i][j] = a[i][j] + b[i][j];
            }
        }
        return m;
    }

    /** Element by element. */
    public static double[][] hadamard(double[][] a, double[][] b) {
        double[][] m = new double[a.length][a[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                m[i][j] = a[i][j] * b[i][j];
            }
        }
        return m;
    }

    /** Each row's sum, as a column. */
    public static double[][] rowSums(double[][] a) {
        double[][] m = new double[a.length][1];
        for (int i = 0; i < a.length; i++) {
            for (double value : a[i]) {
                m[i][0] += value;
            }
        }
        return m;
    }
}
