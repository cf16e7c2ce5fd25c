package org.aibyhand.lesson.mamba;

/**
 * The Mamba selective scan in plain Java, straight from the equations of state-spaces/mamba's
 * {@code selective_scan_ref} (with {@code delta_softplus}) and the Mamba block's selection, sharing no code with
 * the lesson builder: the reference every tensor of the workbook is checked against.
 */
public final class MambaReference {
    public final double[][] s;
    public final double[][] delta;
    public final double[][] bSel;
    public final double[][] cSel;
    /** Per step t: Ā_t, B̄_t, h_t (each D×N). */
    public final double[][][] abar;
    public final double[][][] bbar;
    public final double[][][] h;
    public final double[][] y;
    public final double[][] hT;
    /** With the Euler B̄ = Δ·B whatever {@code zoh} says: the state per step, the outputs, and Y − Y_euler. */
    public final double[][][] hEuler;
    public final double[][] yEuler;
    public final double[][] yDiff;

    /**
     * x is D×T, a D×N, wB and wC N×D, wDt 1×D, dtW, dtB and dSkip D×1; {@code zoh} chooses the zero-order hold
     * B̄ = (exp(ΔA) − 1)/A · B instead of Euler's Δ·B.
     */
    public MambaReference(double[][] x, double[][] a, double[][] wB, double[][] wC, double[][] wDt, double[][] dtW,
            double[][] dtB, double[][] dSkip, boolean zoh) {
        int channels = x.length;
        int steps = x[0].length;
        int states = a[0].length;
        s = new double[1][steps];
        delta = new double[channels][steps];
        bSel = new double[states][steps];
        cSel = new double[states][steps];
        for (int t = 0; t < steps; t++) {
            for (int d = 0; d < channels; d++) {
                s[0][t] += wDt[0][d] * x[d][t];
            }
            for (int d = 0; d < channels; d++) {
                double z = dtW[d][0] * s[0][t] + dtB[d][0];
                delta[d][t] = Math.log(1 + Math.exp(z)); // softplus with the natural logarithm
            }
            for (int n = 0; n < states; n++) {
                for (int d = 0; d < channels; d++) {
                    bSel[n][t] += wB[n][d] * x[d][t];
                    cSel[n][t] += wC[n][d] * x[d][t];
                }
            }
        }
        abar = new double[steps][channels][states];
        bbar = new double[steps][channels][states];
        h = new double[steps][channels][states];
        hEuler = new double[steps][channels][states];
        y = new double[channels][steps];
        yEuler = new double[channels][steps];
        yDiff = new double[channels][steps];
        double[][] state = new double[channels][states];
        double[][] euler = new double[channels][states];
        for (int t = 0; t < steps; t++) {
            for (int d = 0; d < channels; d++) {
                for (int n = 0; n < states; n++) {
                    double decay = Math.exp(delta[d][t] * a[d][n]);
                    double eulerB = delta[d][t] * bSel[n][t];
                    abar[t][d][n] = decay;
                    bbar[t][d][n] = zoh ? (decay - 1) / a[d][n] * bSel[n][t] : eulerB;
                    state[d][n] = decay * state[d][n] + bbar[t][d][n] * x[d][t];
                    euler[d][n] = decay * euler[d][n] + eulerB * x[d][t];
                    h[t][d][n] = state[d][n];
                    hEuler[t][d][n] = euler[d][n];
                    y[d][t] += state[d][n] * cSel[n][t];
                    yEuler[d][t] += euler[d][n] * cSel[n][t];
                }
                y[d][t] += dSkip[d][0] * x[d][t];
                yEuler[d][t] += dSkip[d][0] * x[d][t];
                yDiff[d][t] = y[d][t] - yEuler[d][t];
            }
        }
        hT = h[steps - 1];
    }
}
