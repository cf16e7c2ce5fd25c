package org.aibyhand.lesson.rnn;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The RNN lesson's equations in plain Java, written apart from the builder: a forward loop over time, then
 * back-propagation through time in the usual "carry the gradient into the previous step" form (dh = W_hyᵀ dŷ_t +
 * dh_next; dz = dh ⊙ (1 − h²); dh_next = W_hhᵀ dz), which is the sheet's dH recurrence arranged differently.
 * Matrices are [row][column], time along the columns.
 */
public final class RnnReference {
    /** The givens of the lesson, by defined name. */
    public static final String[] GIVENS = {"X", "W_ih", "b_ih", "W_hh", "b_hh", "h_0", "W_hy", "b_y", "Y"};

    private RnnReference() {
    }

    /** Every tensor of the contract, by defined name, computed from the givens (loss as a 1×1 matrix). */
    public static Map<String, double[][]> compute(Map<String, double[][]> given) {
        double[][] x = given.get("X");
        double[][] wIh = given.get("W_ih");
        double[][] bIh = given.get("b_ih");
        double[][] wHh = given.get("W_hh");
        double[][] bHh = given.get("b_hh");
        double[][] h0 = given.get("h_0");
        double[][] wHy = given.get("W_hy");
        double[][] bY = given.get("b_y");
        double[][] y = given.get("Y");
        int inputs = x.length;
        int steps = x[0].length;
        int hidden = wHh.length;
        int outputs = wHy.length;

        double[][] h = new double[hidden][steps];
        double[][] yHat = new double[outputs][steps];
        double loss = 0;
        for (int t = 0; t < steps; t++) {
            for (int i = 0; i < hidden; i++) {
                double z = bIh[i][0] + bHh[i][0];
                for (int j = 0; j < inputs; j++) {
                    z += wIh[i][j] * x[j][t];
                }
                for (int k = 0; k < hidden; k++) {
                    z += wHh[i][k] * (t == 0 ? h0[k][0] : h[k][t - 1]);
                }
                h[i][t] = Math.tanh(z);
            }
            for (int o = 0; o < outputs; o++) {
                double v = bY[o][0];
                for (int k = 0; k < hidden; k++) {
                    v += wHy[o][k] * h[k][t];
                }
                yHat[o][t] = v;
                loss += (v - y[o][t]) * (v - y[o][t]);
            }
        }
        loss /= 2.0 * steps;

        double[][] dY = new double[outputs][steps];
        double[][] dH = new double[hidden][steps];
        double[][] dZ = new double[hidden][steps];
        double[][] dWhy = new double[outputs][hidden];
        double[][] dBy = new double[outputs][1];
        double[][] dWih = new double[hidden][inputs];
        double[][] dWhh = new double[hidden][hidden];
        double[][] dB = new double[hidden][1];
        double[] carried = new double[hidden];
        for (int t = steps - 1; t >= 0; t--) {
            for (int o = 0; o < outputs; o++) {
                dY[o][t] = (yHat[o][t] - y[o][t]) / steps;
                dBy[o][0] += dY[o][t];
                for (int k = 0; k < hidden; k++) {
                    dWhy[o][k] += dY[o][t] * h[k][t];
                }
            }
            for (int i = 0; i < hidden; i++) {
                double g = carried[i];
                for (int o = 0; o < outputs; o++) {
                    g += wHy[o][i] * dY[o][t];
                }
                dH[i][t] = g;
                dZ[i][t] = g * (1 - h[i][t] * h[i][t]);
                dB[i][0] += dZ[i][t];
                for (int j = 0; j < inputs; j++) {
                    dWih[i][j] += dZ[i][t] * x[j][t];
                }
                for (int k = 0; k < hidden; k++) {
                    dWhh[i][k] += dZ[i][t] * (t == 0 ? h0[k][0] : h[k][t - 1]);
                }
            }
            carried = new double[hidden];
            for (int k = 0; k < hidden; k++) {
                for (int i = 0; i < hidden; i++) {
                    carried[k] += wHh[i][k] * dZ[i][t];
                }
            }
        }

        Map<String, double[][]> all = new LinkedHashMap<>(given);
        all.put("H", h);
        all.put("Y_hat", yHat);
        all.put("loss", new double[][] {{loss}});
        all.put("dY_hat", dY);
        all.put("dH", dH);
        all.put("dZ", dZ);
        all.put("dW_hy", dWhy);
        all.put("db_y", dBy);
        all.put("dW_ih", dWih);
        all.put("dW_hh", dWhh);
        all.put("db_ih", dB);
        all.put("db_hh", copy(dB));
        return all;
    }

    public static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
