package org.aibyhand.engine.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.NumberValue;

/**
 * The network of Backpropgation.xlsx recomputed from its inputs and parameters alone, in plain Java, to predict
 * which parameters the sheet's missing layer-2 ReLU derivative corrupts (layout in BackpropWorkbookGradientCheckTest).
 */
public final class BackpropModel {
    final double[][] x;   // 5×2: four features and the ones row
    final double[][] w1;  // 3×5
    final double[][] w2;  // 4×4
    final double[][] w3;  // 3×5
    final double[][] z1;
    final double[][] z2;
    final double[][] a1;  // 4×2 with the ones row
    final double[][] a2;  // 5×2 with the ones row
    final double[][] dz3;

    public BackpropModel(Sheet sheet) {
        x = read(sheet, "J5:K9");
        w1 = read(sheet, "D15:H17");
        w2 = read(sheet, "H24:K27");
        w3 = read(sheet, "J34:N36");
        double[][] y = read(sheet, "V34:W36");
        z1 = multiply(w1, x);
        a1 = withOnes(relu(z1));
        z2 = multiply(w2, a1);
        a2 = withOnes(relu(z2));
        double[][] z3 = multiply(w3, a2);
        dz3 = new double[3][2];
        for (int s = 0; s < 2; s++) {
            double sum = 0;
            for (int k = 0; k < 3; k++) {
                sum += Math.exp(z3[k][s]);
            }
            for (int k = 0; k < 3; k++) {
                dz3[k][s] = Math.exp(z3[k][s]) / sum - y[k][s];
            }
        }
    }

    public List<Integer> deadLayer2Units() {
        List<Integer> dead = new ArrayList<>();
        for (int u = 0; u < z2.length; u++) {
            if (z2[u][0] < 0 && z2[u][1] < 0) {
                dead.add(u);
            }
        }
        return dead;
    }

    /** dW1, dW2, dW3 (each parameter-shaped), with or without layer 2's ReLU derivative. */
    double[][][] gradients(boolean maskLayer2) {
        double[][] dw3 = multiply(dz3, transpose(a2));
        double[][] dz2 = multiply(transpose(columns(w3, 4)), dz3);
        if (maskLayer2) {
            dz2 = masked(dz2, z2);
        }
        double[][] dw2 = multiply(dz2, transpose(a1));
        double[][] dz1 = masked(multiply(transpose(columns(w2, 3)), dz2), z1);
        double[][] dw1 = multiply(dz1, transpose(x));
        return new double[][][] {dw1, dw2, dw3};
    }

    /** The sheet's gradient blocks, read transposed, are the ones computed without layer 2's mask. */
    public void assertWorkbookClaimsTheUnmaskedGradients(Sheet sheet) {
        double[][][] unmasked = gradients(false);
        String[] blocks = {"M5:O9", "P15:S18", "S24:U28"};
        for (int n = 0; n < 3; n++) {
            double[][] claimed = transpose(read(sheet, blocks[n]));
            for (int i = 0; i < claimed.length; i++) {
                for (int j = 0; j < claimed[0].length; j++) {
                    assertEquals(unmasked[n][i][j], claimed[i][j], 1e-12, blocks[n] + " (" + j + "," + i + ")");
                }
            }
        }
    }

    /** The parameter cells whose gradient the missing mask changes. */
    public Set<String> corruptedParameters() {
        double[][][] right = gradients(true);
        double[][][] wrong = gradients(false);
        String[] parameters = {"D15", "H24", "J34"};
        Set<String> cells = new TreeSet<>();
        for (int n = 0; n < 3; n++) {
            Area origin = Area.parse(parameters[n]);
            for (int i = 0; i < right[n].length; i++) {
                for (int j = 0; j < right[n][0].length; j++) {
                    if (Math.abs(right[n][i][j] - wrong[n][i][j]) > 1e-9) {
                        cells.add(new Area(origin.top() + i, origin.left() + j, origin.top() + i, origin.left() + j).toA1());
                    }
                }
            }
        }
        return cells;
    }

    private static double[][] read(Sheet sheet, String a1) {
        Area area = Area.parse(a1);
        double[][] values = new double[area.rows()][area.columns()];
        for (int i = 0; i < area.rows(); i++) {
            for (int j = 0; j < area.columns(); j++) {
                values[i][j] = ((NumberValue) sheet.value(area.top() + i, area.left() + j)).value();
            }
        }
        return values;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        double[][] product = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b[0].length; j++) {
                for (int k = 0; k < b.length; k++) {
                    product[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return product;
    }

    private static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    private static double[][] relu(double[][] z) {
        return masked(z, z);
    }

    /** {@code a} where {@code z} is positive, else 0. */
    private static double[][] masked(double[][] a, double[][] z) {
        double[][] m = new double[a.length][a[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                m[i][j] = z[i][j] > 0 ? a[i][j] : 0;
            }
        }
        return m;
    }

    private static double[][] withOnes(double[][] a) {
        double[][] extended = java.util.Arrays.copyOf(a, a.length + 1);
        extended[a.length] = new double[a[0].length];
        java.util.Arrays.fill(extended[a.length], 1);
        return extended;
    }

    /** The first {@code n} columns: the weights without the bias column. */
    private static double[][] columns(double[][] a, int n) {
        double[][] left = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            left[i] = java.util.Arrays.copyOf(a[i], n);
        }
        return left;
    }
}
