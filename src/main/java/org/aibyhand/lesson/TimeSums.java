package org.aibyhand.lesson;

/**
 * The gradients of a recurrence's parameters, each a sum over time written as one SUMPRODUCT (or SUM) of two
 * rows of the same length: dW = dZ Xᵀ, dU = dZ [h₀ … h_(T−1)]ᵀ, db = Σₜ dZₜ. The state before each step is one
 * range because the initial state sits in the column just before the states.
 */
public final class TimeSums {
    private final TimeLayout layout;

    public TimeSums(TimeLayout layout) {
        this.layout = layout;
    }

    /** gradient[i][j] = Σₜ delta[i,t] input[j,t]. */
    public void outer(Tensor gradient, Tensor delta, Tensor input) {
        for (int i = 0; i < gradient.rows(); i++) {
            for (int j = 0; j < gradient.columns(); j++) {
                layout.formula(gradient, i, j, "=SUMPRODUCT(" + delta.rowRange(i) + "," + input.rowRange(j) + ")");
            }
        }
    }

    /** gradient[i][k] = Σₜ delta[i,t] h[k,t−1], with h₀ the column just before {@code states}. */
    public void previous(Tensor gradient, Tensor delta, Tensor initial, Tensor states) {
        int steps = states.columns();
        for (int i = 0; i < gradient.rows(); i++) {
            for (int k = 0; k < gradient.columns(); k++) {
                String before = initial.at(k, 0) + ":" + (steps == 1 ? initial.at(k, 0) : states.at(k, steps - 2));
                layout.formula(gradient, i, k, "=SUMPRODUCT(" + delta.rowRange(i) + "," + before + ")");
            }
        }
    }

    /** gradient[i][k] = Σₜ delta[i,t] h[k,t+1], with the initial state the column just after {@code states}. */
    public void next(Tensor gradient, Tensor delta, Tensor initial, Tensor states) {
        int steps = states.columns();
        for (int i = 0; i < gradient.rows(); i++) {
            for (int k = 0; k < gradient.columns(); k++) {
                String after = (steps == 1 ? initial.at(k, 0) : states.at(k, 1)) + ":" + initial.at(k, 0);
                layout.formula(gradient, i, k, "=SUMPRODUCT(" + delta.rowRange(i) + "," + after + ")");
            }
        }
    }

    /** gradient[i] = Σₜ delta[i,t]. */
    public void sum(Tensor gradient, Tensor delta) {
        for (int i = 0; i < gradient.rows(); i++) {
            layout.formula(gradient, i, 0, "=SUM(" + delta.rowRange(i) + ")");
        }
    }

    /**
     * The squared-error loss Σ(Ŷ − Y)² / (2T), written as ΣŶ² − 2ΣŶY + ΣY² over plain ranges: SUMPRODUCT((Ŷ−Y)^2)
     * needs its argument evaluated as an array, which Excel and LibreOffice do but our engine (intersecting it)
     * does not. Returns the formula text.
     */
    public static String squaredError(Tensor yHat, Tensor y, int count) {
        String a = yHat.range();
        String b = y.range();
        return "=(SUMSQ(" + a + ")-2*SUMPRODUCT(" + a + "," + b + ")+SUMSQ(" + b + "))/(2*" + count + ")";
    }
}
