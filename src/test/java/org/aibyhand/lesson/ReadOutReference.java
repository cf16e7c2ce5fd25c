package org.aibyhand.lesson;

import java.util.Map;

/**
 * The sequence lessons' read-out and loss in plain Java: Ŷ = W_hy H + b_y, loss = Σ(Ŷ − Y)²/(2T),
 * dŶ = (Ŷ − Y)/T, from the givens W_hy, b_y, Y and the states H (a column per step).
 */
public record ReadOutReference(double[][] h, double[][] yHat, double loss, double[][] dY) {

    public static ReadOutReference of(Map<String, double[][]> given, double[][] h) {
        double[][] y = given.get("Y");
        int steps = y[0].length;
        double[][] yHat = Matrices.times(given.get("W_hy"), h);
        double[][] dY = new double[y.length][steps];
        double loss = 0;
        for (int o = 0; o < y.length; o++) {
            for (int t = 0; t < steps; t++) {
                yHat[o][t] += given.get("b_y")[o][0];
                loss += (yHat[o][t] - y[o][t]) * (yHat[o][t] - y[o][t]) / (2.0 * steps);
                dY[o][t] = (yHat[o][t] - y[o][t]) / steps;
            }
        }
        return new ReadOutReference(h, yHat, loss, dY);
    }

    /** Y_hat, loss, dY_hat, dW_hy = dŶ Hᵀ and db_y = Σₜ dŶₜ, by their names on the sheet. */
    public void into(Map<String, double[][]> all) {
        all.put("Y_hat", yHat);
        all.put("loss", new double[][] {{loss}});
        all.put("dY_hat", dY);
        all.put("dW_hy", Matrices.timesTransposed(dY, h));
        all.put("db_y", Matrices.rowSums(dY));
    }

    /** W_hyᵀ dŶ at step t: the gradient reaching the states through the output. */
    public double[] back(Map<String, double[][]> given, int t) {
        double[][] wHy = given.get("W_hy");
        double[] g = new double[wHy[0].length];
        for (int k = 0; k < g.length; k++) {
            for (int o = 0; o < wHy.length; o++) {
                g[k] += wHy[o][k] * dY[o][t];
            }
        }
        return g;
    }
}
