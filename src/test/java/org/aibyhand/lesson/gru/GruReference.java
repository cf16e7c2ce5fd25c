package org.aibyhand.lesson.gru;

import java.util.LinkedHashMap;
import java.util.Map;
import org.aibyhand.lesson.Matrices;
import org.aibyhand.lesson.ReadOutReference;

/**
 * The GRU's equations in plain Java, apart from the builder: torch.nn.GRU's forward loop, then backpropagation
 * through time carrying dh into the previous step. Matrices are [row][column], time along the columns.
 */
final class GruReference {
    private GruReference() {
    }

    static Map<String, double[][]> compute(Map<String, double[][]> g) {
        double[][] x = g.get("X");
        double[][] h0 = g.get("h_0");
        int steps = x[0].length;
        int hidden = h0.length;
        double[][] r = new double[hidden][steps];
        double[][] z = new double[hidden][steps];
        double[][] nHid = new double[hidden][steps];
        double[][] n = new double[hidden][steps];
        double[][] h = new double[hidden][steps];
        for (int t = 0; t < steps; t++) {
            double[] before = column(h0, h, t);
            for (int k = 0; k < hidden; k++) {
                r[k][t] = sigmoid(affine(g.get("W_r"), x, t, g.get("U_r"), before, g.get("b_r"), k));
                z[k][t] = sigmoid(affine(g.get("W_z"), x, t, g.get("U_z"), before, g.get("b_z"), k));
                nHid[k][t] = affine(null, x, t, g.get("U_n"), before, g.get("b_hn"), k);
                n[k][t] = Math.tanh(affine(g.get("W_n"), x, t, null, before, g.get("b_in"), k) + r[k][t] * nHid[k][t]);
                h[k][t] = (1 - z[k][t]) * n[k][t] + z[k][t] * before[k];
            }
        }
        ReadOutReference readOut = ReadOutReference.of(g, h);
        double[][] dH = new double[hidden][steps];
        double[][] dZn = new double[hidden][steps];
        double[][] dNHid = new double[hidden][steps];
        double[][] dZz = new double[hidden][steps];
        double[][] dZr = new double[hidden][steps];
        double[] carried = new double[hidden];
        for (int t = steps - 1; t >= 0; t--) {
            double[] before = column(h0, h, t);
            double[] output = readOut.back(g, t);
            for (int k = 0; k < hidden; k++) {
                double dh = carried[k] + output[k];
                dH[k][t] = dh;
                dZn[k][t] = dh * (1 - z[k][t]) * (1 - n[k][t] * n[k][t]);
                dNHid[k][t] = dZn[k][t] * r[k][t];
                dZz[k][t] = dh * (before[k] - n[k][t]) * z[k][t] * (1 - z[k][t]);
                dZr[k][t] = dZn[k][t] * nHid[k][t] * r[k][t] * (1 - r[k][t]);
            }
            carried = new double[hidden];
            for (int m = 0; m < hidden; m++) {
                carried[m] = dH[m][t] * z[m][t];
                for (int k = 0; k < hidden; k++) {
                    carried[m] += g.get("U_r")[k][m] * dZr[k][t] + g.get("U_z")[k][m] * dZz[k][t]
                            + g.get("U_n")[k][m] * dNHid[k][t];
                }
            }
        }
        double[][] shifted = new double[hidden][steps];
        for (int t = 0; t < steps; t++) {
            double[] before = column(h0, h, t);
            for (int k = 0; k < hidden; k++) {
                shifted[k][t] = before[k];
            }
        }
        Map<String, double[][]> all = new LinkedHashMap<>();
        all.put("r_gate", r);
        all.put("z_gate", z);
        all.put("n_hid", nHid);
        all.put("n_cand", n);
        all.put("H", h);
        readOut.into(all);
        all.put("dH", dH);
        all.put("dZ_n", dZn);
        all.put("dN_hid", dNHid);
        all.put("dZ_z", dZz);
        all.put("dZ_r", dZr);
        all.put("dW_r", Matrices.timesTransposed(dZr, x));
        all.put("dU_r", Matrices.timesTransposed(dZr, shifted));
        all.put("db_r", Matrices.rowSums(dZr));
        all.put("dW_z", Matrices.timesTransposed(dZz, x));
        all.put("dU_z", Matrices.timesTransposed(dZz, shifted));
        all.put("db_z", Matrices.rowSums(dZz));
        all.put("dW_n", Matrices.timesTransposed(dZn, x));
        all.put("db_in", Matrices.rowSums(dZn));
        all.put("dU_n", Matrices.timesTransposed(dNHid, shifted));
        all.put("db_hn", Matrices.rowSums(dNHid));
        return all;
    }

    private static double sigmoid(double v) {
        return 1 / (1 + Math.exp(-v));
    }

    /** (W x_t + U h + b)[k], either weight left out when null. */
    private static double affine(double[][] w, double[][] x, int t, double[][] u, double[] h, double[][] b, int k) {
        double sum = b[k][0];
        for (int j = 0; w != null && j < x.length; j++) {
            sum += w[k][j] * x[j][t];
        }
        for (int m = 0; u != null && m < h.length; m++) {
            sum += u[k][m] * h[m];
        }
        return sum;
    }

    /** h_(t−1) as a vector: h₀ at the first step. */
    private static double[] column(double[][] h0, double[][] h, int t) {
        double[] v = new double[h0.length];
        for (int k = 0; k < v.length; k++) {
            v[k] = t == 0 ? h0[k][0] : h[k][t - 1];
        }
        return v;
    }
}
