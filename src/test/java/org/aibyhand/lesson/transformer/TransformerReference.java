package org.aibyhand.lesson.transformer;

import java.util.LinkedHashMap;
import java.util.Map;
import org.aibyhand.lesson.Matrices;

/**
 * One post-norm Transformer block in plain Java, apart from the builder, tokens as columns: sinusoidal positions,
 * multi-head attention (softmax per query over the keys it may see), residuals, LayerNorm (ε = 1e-5, population
 * variance), a ReLU feed-forward network, and the backward pass through the last LayerNorm and the network,
 * LayerNorm's done through its full Jacobian rather than the sheet's closed form.
 */
final class TransformerReference {
    private static final double EPSILON = 1e-5;

    private TransformerReference() {
    }

    static Map<String, double[][]> compute(Map<String, double[][]> g, int heads, boolean causal) {
        double[][] x = g.get("X");
        int d = x.length;
        int tokens = x[0].length;
        int dh = d / heads;
        Map<String, double[][]> all = new LinkedHashMap<>();
        double[][] pe = new double[d][tokens];
        double[][] xIn = new double[d][tokens];
        for (int p = 0; p < d; p++) {
            for (int t = 0; t < tokens; t++) {
                double angle = t / Math.pow(10000, (double) (p / 2 * 2) / d);
                pe[p][t] = p % 2 == 0 ? Math.sin(angle) : Math.cos(angle);
                xIn[p][t] = x[p][t] + pe[p][t];
            }
        }
        double[][] q = Matrices.times(g.get("W_q"), xIn);
        double[][] k = Matrices.times(g.get("W_k"), xIn);
        double[][] v = Matrices.times(g.get("W_v"), xIn);
        double[][] z = new double[d][tokens];
        for (int h = 0; h < heads; h++) {
            double[][] s = new double[tokens][tokens];
            double[][] e = new double[tokens][tokens];
            double[][] a = new double[tokens][tokens];
            for (int i = 0; i < tokens; i++) {
                int seen = causal ? i + 1 : tokens;
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < tokens; j++) {
                    for (int r = h * dh; r < (h + 1) * dh; r++) {
                        s[i][j] += q[r][i] * k[r][j];
                    }
                    s[i][j] /= Math.sqrt(dh);
                    if (j < seen) {
                        max = Math.max(max, s[i][j]);
                    }
                }
                double sum = 0;
                for (int j = 0; j < seen; j++) {
                    e[i][j] = Math.exp(s[i][j] - max);
                    sum += e[i][j];
                }
                for (int j = 0; j < seen; j++) {
                    a[i][j] = e[i][j] / sum;
                }
                for (int r = h * dh; r < (h + 1) * dh; r++) {
                    for (int j = 0; j < tokens; j++) {
                        z[r][i] += a[i][j] * v[r][j];
                    }
                }
            }
            all.put("S_h" + (h + 1), s);
            all.put("S_exp_h" + (h + 1), e);
            all.put("A_h" + (h + 1), a);
        }
        double[][] attn = Matrices.times(g.get("W_o"), z);
        double[][] r1 = Matrices.plus(xIn, attn);
        Norm n1 = new Norm(r1, g.get("gamma_1"), g.get("beta_1"));
        double[][] pre = Matrices.plus(Matrices.times(g.get("W_1"), n1.out), broadcast(g.get("b_1"), tokens));
        double[][] h1 = new double[pre.length][tokens];
        for (int u = 0; u < pre.length; u++) {
            for (int t = 0; t < tokens; t++) {
                h1[u][t] = Math.max(0, pre[u][t]);
            }
        }
        double[][] f = Matrices.plus(Matrices.times(g.get("W_2"), h1), broadcast(g.get("b_2"), tokens));
        double[][] r2 = Matrices.plus(n1.out, f);
        Norm n2 = new Norm(r2, g.get("gamma_2"), g.get("beta_2"));
        double[][] y = g.get("Y");
        double loss = 0;
        double[][] dN = new double[d][tokens];
        for (int p = 0; p < d; p++) {
            for (int t = 0; t < tokens; t++) {
                loss += Math.pow(n2.out[p][t] - y[p][t], 2) / (2.0 * tokens);
                dN[p][t] = (n2.out[p][t] - y[p][t]) / tokens;
            }
        }
        double[][] dR = n2.backward(dN, g.get("gamma_2"));
        double[][] dH = Matrices.times(Matrices.transpose(g.get("W_2")), dR);
        for (int u = 0; u < dH.length; u++) {
            for (int t = 0; t < tokens; t++) {
                dH[u][t] = h1[u][t] > 0 ? dH[u][t] : 0;
            }
        }
        all.put("PE", pe);
        all.put("X_in", xIn);
        all.put("Q", q);
        all.put("K", k);
        all.put("V", v);
        all.put("Z", z);
        all.put("attn_out", attn);
        all.put("R_1", r1);
        n1.into(all, 1);
        all.put("H_1", h1);
        all.put("F", f);
        all.put("R_2", r2);
        n2.into(all, 2);
        all.put("loss", new double[][] {{loss}});
        all.put("dN_2", dN);
        all.put("dgamma_2", Matrices.rowSums(Matrices.hadamard(dN, n2.hat)));
        all.put("dbeta_2", Matrices.rowSums(dN));
        all.put("dR_2", dR);
        all.put("dW_2", Matrices.times(dR, Matrices.transpose(h1)));
        all.put("db_2", Matrices.rowSums(dR));
        all.put("dH_1", dH);
        all.put("dW_1", Matrices.times(dH, Matrices.transpose(n1.out)));
        all.put("db_1", Matrices.rowSums(dH));
        return all;
    }

    /** LayerNorm over each column: its mean, population variance, normalized values and output. */
    private static final class Norm {
        final double[][] mu;
        final double[][] var;
        final double[][] hat;
        final double[][] out;

        Norm(double[][] r, double[][] gamma, double[][] beta) {
            int d = r.length;
            int tokens = r[0].length;
            mu = new double[1][tokens];
            var = new double[1][tokens];
            hat = new double[d][tokens];
            out = new double[d][tokens];
            for (int t = 0; t < tokens; t++) {
                for (double[] row : r) {
                    mu[0][t] += row[t] / d;
                }
                for (double[] row : r) {
                    var[0][t] += (row[t] - mu[0][t]) * (row[t] - mu[0][t]) / d;
                }
                for (int p = 0; p < d; p++) {
                    hat[p][t] = (r[p][t] - mu[0][t]) / Math.sqrt(var[0][t] + EPSILON);
                    out[p][t] = gamma[p][0] * hat[p][t] + beta[p][0];
                }
            }
        }

        /** dR from dN through the Jacobian ∂hat_q/∂r_p = (δ_pq − 1/d − hat_p hat_q / d) / σ. */
        double[][] backward(double[][] dN, double[][] gamma) {
            int d = hat.length;
            double[][] dR = new double[d][hat[0].length];
            for (int t = 0; t < hat[0].length; t++) {
                double sigma = Math.sqrt(var[0][t] + EPSILON);
                for (int p = 0; p < d; p++) {
                    for (int qq = 0; qq < d; qq++) {
                        double jacobian = ((p == qq ? 1 : 0) - 1.0 / d - hat[p][t] * hat[qq][t] / d) / sigma;
                        dR[p][t] += gamma[qq][0] * dN[qq][t] * jacobian;
                    }
                }
            }
            return dR;
        }

        void into(Map<String, double[][]> all, int layer) {
            all.put("mu_" + layer, mu);
            all.put("var_" + layer, var);
            all.put("Nhat_" + layer, hat);
            all.put("N_" + layer, out);
        }
    }

    private static double[][] broadcast(double[][] column, int tokens) {
        double[][] m = new double[column.length][tokens];
        for (int i = 0; i < column.length; i++) {
            java.util.Arrays.fill(m[i], column[i][0]);
        }
        return m;
    }
}
