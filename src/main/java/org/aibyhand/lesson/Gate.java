package org.aibyhand.lesson;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One gate of a gated recurrence as drawn on the sheet: its weights (W on the input, U on the previous state,
 * either may be null), its bias, the gate's values over time, the gradient of the loss with respect to its
 * pre-activation (delta), and the parameters' gradients.
 */
public record Gate(Tensor w, Tensor u, Tensor b, Tensor value, Tensor delta, Tensor dW, Tensor dU, Tensor dB) {

    /** The pre-activation at the first step, W x₁ + U h₀ + b, as formula text to be filled along time. */
    public String preActivation(Tensor x, Tensor h, int i) {
        StringBuilder text = new StringBuilder();
        if (w != null) {
            text.append(ProductSum.of(x.rows(), j -> w.fixed(i, j), j -> x.at(j, 0))).append('+');
        }
        if (u != null) {
            text.append(ProductSum.of(h.rows(), k -> u.fixed(i, k), k -> h.at(k, -1))).append('+');
        }
        return text.append(b.fixed(i, 0)).toString();
    }

    /** Uᵀ δ at the step after the first, for unit i: Σₖ U[k,i] δ[k,2], as text filled along time. */
    public String backThroughU(int i) {
        return ProductSum.of(u.rows(), k -> u.fixed(k, i), k -> delta.at(k, 1));
    }

    /** Each parameter's name and its gradient's, for the gradient check: W, U and b of every gate. */
    public static Map<String, String> gradients(List<Gate> gates) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (Gate gate : gates) {
            for (Tensor[] pair : new Tensor[][] {{gate.w, gate.dW}, {gate.u, gate.dU}, {gate.b, gate.dB}}) {
                if (pair[0] != null) {
                    pairs.put(pair[0].name(), pair[1].name());
                }
            }
        }
        return pairs;
    }

    /** The parameters' gradients: dW = δ Xᵀ, dU = δ [h₀ … h_(T−1)]ᵀ, db = Σₜ δₜ. */
    public void writeGradients(TimeSums sums, Tensor x, Tensor h0, Tensor h) {
        if (dW != null) {
            sums.outer(dW, delta, x);
        }
        if (dU != null) {
            sums.previous(dU, delta, h0, h);
        }
        sums.sum(dB, delta);
    }
}
