package org.aibyhand.lesson.mlp;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The MLP lesson's equations in plain Java loops, written from the contract and sharing nothing with the
 * builder: given X, W_1, b_1, W_2, b_2 and Y, every tensor of the forward and backward pass by name.
 */
public final class MlpReference {
    public static final String[] INPUTS = {"X", "W_1", "b_1", "W_2", "b_2", "Y"};
    static final String[] COMPUTED = {"Z_1", "A_1", "Z_2", "A_2", "loss", "dZ_2", "dW_2", "db_2", "dA_1", "dZ_1",
            "dW_1", "db_1"};

    private MlpReference() {
    }

    public static Map<String, double[][]> compute(Map<String, double[][]> given) {
        double[][] x = given.get("X");
        double[][] w1 = given.get("W_1");
        double[][] b1 = given.get("b_1");
        double[][] w2 = given.get("W_2");
        double[][] b2 = given.get("b_2");
        double[][] y = given.get("Y");
        int inputs = x.length;
        int batch = x[0].length;
        int hidden = w1.length;
        int outputs = w2.length;

        double[][] z1 = new double[hidden][batch];
        double[][] a1 = new double[hidden][batch];
        for (int h = 0; h < hidden; h++) {
            for (int s = 0; s < batch; s++) {
                double sum = 0;
                for (int i = 0; i < inputs; i++) {
                    sum += w1[h][i] * x[i][s];
                }
                z1[h][s] = sum + b1[h][0];
                a1[h][s] = z1[h][s] > 0 ? z1[h][s] : 0;
            }
        }
        double[][] z2 = new double[outputs][batch];
        double[][] a2 = new double[outputs][batch];
        double squares = 0;
        for (int o = 0; o < outputs; o++) {
            for (int s = 0; s < batch; s++) {
                double sum = 0;
                for (int h = 0; h < hidden; h++) {
                    sum += w2[o][h] * a1[h][s];
                }
                z2[o][s] = sum + b2[o][0];
                a2[o][s] = 1 / (1 + Math.exp(-z2[o][s]));
                squares += (a2[o][s] - y[o][s]) * (a2[o][s] - y[o][s]);
            }
        }
        double loss = squares / (2.0 * batch);

        double[][] dz2 = new double[outputs][batch];
        double[][] db2 = new double[outputs][1];
        for (int o = 0; o < outputs; o++) {
            for (int s = 0; s < batch; s++) {
                dz2[o][s] = (a2[o][s] - y[o][s]) / batch * a2[o][s] * (1 - a2[o][s]);
                db2[o][0] += dz2[o][s];
            }
        }
        double[][] dw2 = new double[outputs][hidden];
        for (int o = 0; o < outputs; o++) {
            for (int h = 0; h < hidden; h++) {
                for (int s = 0; s < batch; s++) {
                    dw2[o][h] += dz2[o][s] * a1[h][s];
                }
            }
        }
        double[][] da1 = new double[hidden][batch];
        double[][] dz1 = new double[hidden][batch];
        double[][] db1 = new double[hidden][1];
        for (int h = 0; h < hidden; h++) {
            for (int s = 0; s < batch; s++) {
                for (int o = 0; o < outputs; o++) {
                    da1[h][s] += w2[o][h] * dz2[o][s];
                }
                dz1[h][s] = z1[h][s] > 0 ? da1[h][s] : 0;
                db1[h][0] += dz1[h][s];
            }
        }
        double[][] dw1 = new double[hidden][inputs];
        for (int h = 0; h < hidden; h++) {
            for (int i = 0; i < inputs; i++) {
                for (int s = 0; s < batch; s++) {
                    dw1[h][i] += dz1[h][s] * x[i][s];
                }
            }
        }

        Map<String, double[][]> all = new LinkedHashMap<>(given);
        all.put("Z_1", z1);
        all.put("A_1", a1);
        all.put("Z_2", z2);
        all.put("A_2", a2);
        all.put("loss", new double[][] {{loss}});
        all.put("dZ_2", dz2);
        all.put("dW_2", dw2);
        all.put("db_2", db2);
        all.put("dA_1", da1);
        all.put("dZ_1", dz1);
        all.put("dW_1", dw1);
        all.put("db_1", db1);
        return all;
    }
}
