package org.aibyhand.lesson.lstm;

import java.util.LinkedHashMap;
import java.util.Map;
import org.aibyhand.lesson.Matrices;
import org.aibyhand.lesson.ReadOutReference;

/**
 * The LSTM's equations in plain Java, apart from the builder: gates stacked as torch keeps them (i, f, g, o), a
 * forward loop over time, and backpropagation through time carrying dh and dc into the previous step.
 * Matrices are [row][column], time along the columns.
 */
final class LstmReference {
    static final String[] GATES = {"i", "f", "g", "o"};

    private LstmReference() {
    }

    static Map<String, double[][]> compute(Map<String, double[][]> given) {
        double[][] x = given.get("X");
        int inputs = x.length;
        int steps = x[0].length;
        int hidden = given.get("U_i").length;
        double[][][] w = new double[4][][];
        double[][][] u = new double[4][][];
        double[][][] b = new double[4][][];
        for (int g = 0; g < 4; g++) {
            w[g] = given.get("W_" + GATES[g]);
            u[g] = given.get("U_" + GATES[g]);
            b[g] = given.get("b_" + GATES[g]);
        }
        double[][][] gate = new double[4][hidden][steps];
        double[][] c = new double[hidden][steps];
        double[][] h = new double[hidden][steps];
        for (int t = 0; t < steps; t++) {
            for (int g = 0; g < 4; g++) {
                for (int k = 0; k < hidden; k++) {
                    double z = b[g][k][0];
                    for (int j = 0; j < inputs; j++) {
                        z += w[g][k][j] * x[j][t];
                    }
                    for (int m = 0; m < hidden; m++) {
                        z += u[g][k][m] * previous(given.get("h_0"), h, m, t);
                    }
                    gate[g][k][t] = g == 2 ? Math.tanh(z) : 1 / (1 + Math.exp(-z));
                }
            }
            for (int k = 0; k < hidden; k++) {
                c[k][t] = gate[1][k][t] * previous(given.get("c_0"), c, k, t) + gate[0][k][t] * gate[2][k][t];
                h[k][t] = gate[3][k][t] * Math.tanh(c[k][t]);
            }
        }
        ReadOutReference readOut = ReadOutReference.of(given, h);
        double[][] dH = new double[hidden][steps];
        double[][] dC = new double[hidden][steps];
        double[][][] dZ = new double[4][hidden][steps];
        double[] dhNext = new double[hidden];
        double[] dcNext = new double[hidden];
        for (int t = steps - 1; t >= 0; t--) {
            double[] output = readOut.back(given, t);
            for (int k = 0; k < hidden; k++) {
                double dh = dhNext[k] + output[k];
                dH[k][t] = dh;
                double tc = Math.tanh(c[k][t]);
                double dc = dh * gate[3][k][t] * (1 - tc * tc) + dcNext[k];
                dC[k][t] = dc;
                double in = gate[0][k][t];
                double f = gate[1][k][t];
                double g = gate[2][k][t];
                double o = gate[3][k][t];
                dZ[0][k][t] = dc * g * in * (1 - in);
                dZ[1][k][t] = dc * previous(given.get("c_0"), c, k, t) * f * (1 - f);
                dZ[2][k][t] = dc * in * (1 - g * g);
                dZ[3][k][t] = dh * tc * o * (1 - o);
                dcNext[k] = dc * f;
            }
            double[] carried = new double[hidden];
            for (int m = 0; m < hidden; m++) {
                for (int g = 0; g < 4; g++) {
                    for (int k = 0; k < hidden; k++) {
                        carried[m] += u[g][k][m] * dZ[g][k][t];
                    }
                }
            }
            dhNext = carried;
        }

        Map<String, double[][]> all = new LinkedHashMap<>();
        all.put("i_gate", gate[0]);
        all.put("f_gate", gate[1]);
        all.put("g_cand", gate[2]);
        all.put("o_gate", gate[3]);
        all.put("C_state", c);
        all.put("H", h);
        readOut.into(all);
        all.put("dH", dH);
        all.put("dC_state", dC);
        for (int g = 0; g < 4; g++) {
            all.put("dZ_" + GATES[g], dZ[g]);
            all.put("dW_" + GATES[g], Matrices.timesTransposed(dZ[g], x));
            all.put("dU_" + GATES[g], Matrices.timesTransposed(dZ[g], shifted(given.get("h_0"), h)));
            all.put("db_" + GATES[g], Matrices.rowSums(dZ[g]));
        }
        return all;
    }

    /** The state before step t: the initial state at t = 0. */
    static double previous(double[][] initial, double[][] states, int k, int t) {
        return t == 0 ? initial[k][0] : states[k][t - 1];
    }

    /** [s₀ s₁ … s_(T−1)]: the states before each step. */
    static double[][] shifted(double[][] initial, double[][] states) {
        double[][] before = new double[states.length][states[0].length];
        for (int k = 0; k < states.length; k++) {
            for (int t = 0; t < states[0].length; t++) {
                before[k][t] = previous(initial, states, k, t);
            }
        }
        return before;
    }
}
