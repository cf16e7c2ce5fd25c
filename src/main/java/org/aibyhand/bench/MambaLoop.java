package org.aibyhand.bench;

import org.aibyhand.engine.book.Workbook;

/**
 * The Mamba lesson's selective scan as a plain Java loop over arrays: the limit a spreadsheet engine computing the
 * same tensors can approach. It reads the givens from the lesson workbook's defined names and computes every
 * tensor the sheet holds (s, Δ = softplus, B, C, and per step Ā = exp(ΔA), B̄ = ΔB by Euler as the default lesson,
 * h, then Y), writing into arrays allocated once, as the sheet's cells are.
 */
final class MambaLoop implements PlainLoop {
    private final double[][] x;
    private final double[][] wDt;
    private final double[][] dtW;
    private final double[][] dtB;
    private final double[][] wB;
    private final double[][] wC;
    private final double[][] dSkip;
    private final double[][] a;
    private final int channels;
    private final int states;
    private final int steps;
    private final double[][] s;
    private final double[][] delta;
    private final double[][] bSel;
    private final double[][] cSel;
    private final double[][][] abar;
    private final double[][][] bbar;
    private final double[][][] h;
    private final double[][] y;

    MambaLoop(Workbook book) {
        NamedTensors given = new NamedTensors(book, false);
        x = given.read("X");
        wDt = given.read("w_dt");
        dtW = given.read("dt_w");
        dtB = given.read("dt_b");
        wB = given.read("W_B");
        wC = given.read("W_C");
        dSkip = given.read("D_skip");
        a = given.read("A");
        channels = x.length;
        steps = x[0].length;
        states = a[0].length;
        s = new double[1][steps];
        delta = new double[channels][steps];
        bSel = new double[states][steps];
        cSel = new double[states][steps];
        abar = new double[steps][channels][states];
        bbar = new double[steps][channels][states];
        h = new double[steps][channels][states];
        y = new double[channels][steps];
    }

    @Override
    public void run() {
        for (int t = 0; t < steps; t++) {
            double sum = 0;
            for (int d = 0; d < channels; d++) {
                sum += wDt[0][d] * x[d][t];
            }
            s[0][t] = sum;
            for (int d = 0; d < channels; d++) {
                delta[d][t] = Math.log(1 + Math.exp(dtW[d][0] * sum + dtB[d][0])); // softplus
            }
            for (int n = 0; n < states; n++) {
                double b = 0;
                double c = 0;
                for (int d = 0; d < channels; d++) {
                    b += wB[n][d] * x[d][t];
                    c += wC[n][d] * x[d][t];
                }
                bSel[n][t] = b;
                cSel[n][t] = c;
            }
            for (int d = 0; d < channels; d++) {
                double out = 0;
                for (int n = 0; n < states; n++) {
                    double previous = t == 0 ? 0 : h[t - 1][d][n];
                    abar[t][d][n] = Math.exp(delta[d][t] * a[d][n]);
                    bbar[t][d][n] = delta[d][t] * bSel[n][t];
                    h[t][d][n] = abar[t][d][n] * previous + bbar[t][d][n] * x[d][t];
                    out += h[t][d][n] * cSel[n][t];
                }
                y[d][t] = out + dSkip[d][0] * x[d][t];
            }
        }
    }

    @Override
    public double maxDifference(Workbook book) {
        NamedTensors sheet = new NamedTensors(book, false);
        double largest = 0;
        largest = Math.max(largest, sheet.maxDifference("s", s));
        largest = Math.max(largest, sheet.maxDifference("delta", delta));
        largest = Math.max(largest, sheet.maxDifference("B_sel", bSel));
        largest = Math.max(largest, sheet.maxDifference("C_sel", cSel));
        largest = Math.max(largest, sheet.maxDifference("Y", y));
        return Math.max(largest, sheet.maxDifference("h_T", h[steps - 1]));
    }
}
