package org.aibyhand.lesson.attention;

import java.util.LinkedHashMap;
import java.util.Map;
import org.aibyhand.lesson.Matrices;

/**
 * Scaled dot-product self-attention in plain Java, apart from the builder: tokens as columns, a softmax per
 * query over the keys it may see (all, or j ≤ i when causal) computed the textbook way, and the backward pass
 * written with matrix products and the softmax's Jacobian. The intermediate tensors the sheet names (S_max,
 * S_exp, S_sum, dA_avg) are computed here from their definitions.
 */
final class AttentionReference {
    private AttentionReference() {
    }

    static Map<String, double[][]> compute(Map<String, double[][]> g, boolean causal) {
        double[][] x = g.get("X");
        int tokens = x[0].length;
        int key = g.get("W_q").length;
        double root = Math.sqrt(key);
        double[][] q = Matrices.times(g.get("W_q"), x);
        double[][] k = Matrices.times(g.get("W_k"), x);
        double[][] v = Matrices.times(g.get("W_v"), x);
        double[][] s = scale(Matrices.times(Matrices.transpose(q), k), 1 / root);
        double[][] sMax = new double[tokens][1];
        double[][] sExp = new double[tokens][tokens];
        double[][] sSum = new double[tokens][1];
        double[][] a = new double[tokens][tokens];
        for (int i = 0; i < tokens; i++) {
            int seen = causal ? i + 1 : tokens;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < seen; j++) {
                max = Math.max(max, s[i][j]);
            }
            sMax[i][0] = max;
            for (int j = 0; j < seen; j++) {
                sExp[i][j] = Math.exp(s[i][j] - max);
                sSum[i][0] += sExp[i][j];
            }
            for (int j = 0; j < seen; j++) {
                a[i][j] = sExp[i][j] / sSum[i][0];
            }
        }
        double[][] z = Matrices.times(v, Matrices.transpose(a));
        double[][] o = Matrices.times(g.get("W_o"), z);
        double[][] y = g.get("Y");
        double loss = 0;
        double[][] dO = new double[o.length][tokens];
        for (int p = 0; p < o.length; p++) {
            for (int t = 0; t < tokens; t++) {
                loss += (o[p][t] - y[p][t]) * (o[p][t] - y[p][t]) / (2.0 * tokens);
                dO[p][t] = (o[p][t] - y[p][t]) / tokens;
            }
        }
        double[][] dZ = Matrices.times(Matrices.transpose(g.get("W_o")), dO);
        double[][] dV = Matrices.times(dZ, a);
        double[][] dA = Matrices.times(Matrices.transpose(dZ), v);
        double[][] dAAvg = new double[tokens][1];
        double[][] dS = new double[tokens][tokens];
        for (int i = 0; i < tokens; i++) {
            // softmax Jacobian: dS_ij = Σ_l dA_il A_il (δ_lj − A_ij)
            for (int j = 0; j < tokens; j++) {
                double sum = 0;
                for (int l = 0; l < tokens; l++) {
                    sum += dA[i][l] * a[i][l] * ((l == j ? 1 : 0) - a[i][j]);
                }
                dS[i][j] = sum;
                dAAvg[i][0] += a[i][j] * dA[i][j];
            }
        }
        double[][] dQ = scale(Matrices.times(k, Matrices.transpose(dS)), 1 / root);
        double[][] dK = scale(Matrices.times(q, dS), 1 / root);

        Map<String, double[][]> all = new LinkedHashMap<>();
        all.put("Q", q);
        all.put("K", k);
        all.put("V", v);
        all.put("S", s);
        all.put("S_max", sMax);
        all.put("S_exp", sExp);
        all.put("S_sum", sSum);
        all.put("A_attn", a);
        all.put("Z", z);
        all.put("O", o);
        all.put("loss", new double[][] {{loss}});
        all.put("dO", dO);
        all.put("dW_o", Matrices.times(dO, Matrices.transpose(z)));
        all.put("dZ", dZ);
        all.put("dV", dV);
        all.put("dW_v", Matrices.times(dV, Matrices.transpose(x)));
        all.put("dA_attn", dA);
        all.put("dA_avg", dAAvg);
        all.put("dS", dS);
        all.put("dQ", dQ);
        all.put("dW_q", Matrices.times(dQ, Matrices.transpose(x)));
        all.put("dK", dK);
        all.put("dW_k", Matrices.times(dK, Matrices.transpose(x)));
        return all;
    }

    private static double[][] scale(double[][] a, double factor) {
        double[][] m = new double[a.length][a[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                m[i][j] = a[i][j] * factor;
            }
        }
        return m;
    }
}
