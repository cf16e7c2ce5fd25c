package org.aibyhand.bench;

import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.value.ReferenceValue;

/**
 * The RNN lesson as a plain Java loop: the forward pass h_t = tanh(W_ih x_t + b_ih + W_hh h_(t−1) + b_hh),
 * Ŷ = W_hy H + b_y and the loss, then back-propagation through time to every gradient the sheet holds (dŶ, dH, dZ
 * and the six parameter gradients), all from the givens read through the workbook's defined names. A sequence
 * too long for a sheet's columns is drawn transposed; the loop sees the tensors in their own orientation either way.
 */
final class RnnLoop implements PlainLoop {
    private final boolean transposed;
    private final double[][] x;
    private final double[][] wIh;
    private final double[][] bIh;
    private final double[][] wHh;
    private final double[][] bHh;
    private final double[][] h0;
    private final double[][] wHy;
    private final double[][] bY;
    private final double[][] target;
    private final int inputs;
    private final int hidden;
    private final int outputs;
    private final int steps;
    private final double[][] h;
    private final double[][] yHat;
    private final double[][] loss = new double[1][1];
    private final double[][] dYHat;
    private final double[][] dH;
    private final double[][] dZ;
    private final double[][] dWHy;
    private final double[][] dBY;
    private final double[][] dWIh;
    private final double[][] dWHh;
    private final double[][] dBIh;
    private final double[][] dBHh;

    RnnLoop(Workbook book) {
        transposed = isTransposed(book);
        NamedTensors given = new NamedTensors(book, transposed);
        x = given.read("X");
        wIh = given.read("W_ih");
        bIh = given.read("b_ih");
        wHh = given.read("W_hh");
        bHh = given.read("b_hh");
        h0 = given.read("h_0");
        wHy = given.read("W_hy");
        bY = given.read("b_y");
        target = given.read("Y");
        inputs = x.length;
        steps = x[0].length;
        hidden = wHh.length;
        outputs = wHy.length;
        h = new double[hidden][steps];
        yHat = new double[outputs][steps];
        dYHat = new double[outputs][steps];
        dH = new double[hidden][steps];
        dZ = new double[hidden][steps];
        dWHy = new double[outputs][hidden];
        dBY = new double[outputs][1];
        dWIh = new double[hidden][inputs];
        dWHh = new double[hidden][hidden];
        dBIh = new double[hidden][1];
        dBHh = new double[hidden][1];
    }

    /** h₀ sits just before H along time: the column left of it, or, drawn transposed, the row above it. */
    private static boolean isTransposed(Workbook book) {
        ReferenceValue h = NamedTensors.area(book, "H");
        ReferenceValue h0 = NamedTensors.area(book, "h_0");
        return h0.top() == h.top() - 1 && h0.left() == h.left();
    }

    @Override
    public void run() {
        forward();
        backward();
        parameterGradients();
    }

    private double previous(int k, int t) {
        return t == 0 ? h0[k][0] : h[k][t - 1];
    }

    private void forward() {
        double sumSquaresOut = 0;
        double products = 0;
        double sumSquaresTarget = 0;
        for (int t = 0; t < steps; t++) {
            for (int i = 0; i < hidden; i++) {
                double z = 0;
                for (int j = 0; j < inputs; j++) {
                    z += wIh[i][j] * x[j][t];
                }
                z += bIh[i][0];
                for (int k = 0; k < hidden; k++) {
                    z += wHh[i][k] * previous(k, t);
                }
                h[i][t] = Math.tanh(z + bHh[i][0]);
            }
            for (int o = 0; o < outputs; o++) {
                double out = 0;
                for (int k = 0; k < hidden; k++) {
                    out += wHy[o][k] * h[k][t];
                }
                yHat[o][t] = out + bY[o][0];
                sumSquaresOut += yHat[o][t] * yHat[o][t];
                products += yHat[o][t] * target[o][t];
                sumSquaresTarget += target[o][t] * target[o][t];
            }
        }
        // Σ(Ŷ − Y)² as the sheet writes it, ΣŶ² − 2ΣŶY + ΣY², so both round alike.
        loss[0][0] = (sumSquaresOut - 2 * products + sumSquaresTarget) / (2.0 * steps);
    }

    /** dŶ, then dH from the last step back (dH_t = W_hyᵀ dŶ_t + W_hhᵀ (dH_(t+1) ⊙ (1 − h_(t+1)²))), then dZ. */
    private void backward() {
        for (int t = steps - 1; t >= 0; t--) {
            for (int o = 0; o < outputs; o++) {
                dYHat[o][t] = (yHat[o][t] - target[o][t]) / steps;
            }
            for (int i = 0; i < hidden; i++) {
                double g = 0;
                for (int o = 0; o < outputs; o++) {
                    g += wHy[o][i] * dYHat[o][t];
                }
                if (t < steps - 1) {
                    for (int k = 0; k < hidden; k++) {
                        g += wHh[k][i] * (dH[k][t + 1] * (1 - h[k][t + 1] * h[k][t + 1]));
                    }
                }
                dH[i][t] = g;
            }
            for (int i = 0; i < hidden; i++) {
                dZ[i][t] = dH[i][t] * (1 - h[i][t] * h[i][t]);
            }
        }
    }

    /** Sums over time, as the sheet's SUMPRODUCT and SUM formulas do. */
    private void parameterGradients() {
        for (int o = 0; o < outputs; o++) {
            for (int k = 0; k < hidden; k++) {
                dWHy[o][k] = dot(dYHat[o], h[k]);
            }
            dBY[o][0] = sum(dYHat[o]);
        }
        for (int i = 0; i < hidden; i++) {
            for (int j = 0; j < inputs; j++) {
                dWIh[i][j] = dot(dZ[i], x[j]);
            }
            for (int k = 0; k < hidden; k++) {
                double total = 0;
                for (int t = 0; t < steps; t++) {
                    total += dZ[i][t] * previous(k, t);
                }
                dWHh[i][k] = total;
            }
            dBIh[i][0] = sum(dZ[i]);
            dBHh[i][0] = dBIh[i][0];
        }
    }

    private static double dot(double[] a, double[] b) {
        double total = 0;
        for (int t = 0; t < a.length; t++) {
            total += a[t] * b[t];
        }
        return total;
    }

    private static double sum(double[] a) {
        double total = 0;
        for (double v : a) {
            total += v;
        }
        return total;
    }

    @Override
    public double maxDifference(Workbook book) {
        NamedTensors sheet = new NamedTensors(book, transposed);
        double largest = 0;
        String[] names = {"H", "Y_hat", "loss", "dY_hat", "dH", "dZ", "dW_hy", "db_y", "dW_ih", "dW_hh", "db_ih", "db_hh"};
        double[][][] tensors = {h, yHat, loss, dYHat, dH, dZ, dWHy, dBY, dWIh, dWHh, dBIh, dBHh};
        for (int i = 0; i < names.length; i++) {
            largest = Math.max(largest, sheet.maxDifference(names[i], tensors[i]));
        }
        return largest;
    }
}
