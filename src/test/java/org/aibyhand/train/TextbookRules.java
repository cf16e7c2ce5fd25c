package org.aibyhand.train;

import java.util.HashMap;
import java.util.Map;

/**
 * The four update rules as the textbooks write them (Goodfellow et al. 8.3-8.5; Kingma and Ba 2015, Algorithm 1;
 * torch.optim's documented updates), kept apart from the code under test: one instance per tensor, matrices in,
 * matrices out.
 */
final class TextbookRules {
    private final String rule;
    private final double rate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final Map<String, double[][]> velocity = new HashMap<>();
    private final Map<String, double[][]> meanSquare = new HashMap<>();
    private int t;

    TextbookRules(String rule, double rate, double beta1, double beta2, double epsilon) {
        this.rule = rule;
        this.rate = rate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    /** Call once per step, before the tensors' updates. */
    void nextStep() {
        t++;
    }

    /** The tensor {@code theta} after one step against {@code grad}. */
    double[][] update(String name, double[][] theta, double[][] grad) {
        double[][] v = velocity.computeIfAbsent(name, k -> new double[theta.length][theta[0].length]);
        double[][] r = meanSquare.computeIfAbsent(name, k -> new double[theta.length][theta[0].length]);
        double[][] next = new double[theta.length][theta[0].length];
        for (int a = 0; a < theta.length; a++) {
            for (int b = 0; b < theta[0].length; b++) {
                double g = grad[a][b];
                if (rule.equals("sgd")) {
                    next[a][b] = theta[a][b] - rate * g;
                } else if (rule.equals("momentum")) { // torch: v = mu v + g, theta -= lr v
                    v[a][b] = beta1 * v[a][b] + g;
                    next[a][b] = theta[a][b] - rate * v[a][b];
                } else if (rule.equals("rmsprop")) { // torch: r = alpha r + (1-alpha) g^2, theta -= lr g/(sqrt(r)+eps)
                    r[a][b] = beta2 * r[a][b] + (1 - beta2) * g * g;
                    next[a][b] = theta[a][b] - rate * g / (Math.sqrt(r[a][b]) + epsilon);
                } else { // Adam, Algorithm 1
                    v[a][b] = beta1 * v[a][b] + (1 - beta1) * g;
                    r[a][b] = beta2 * r[a][b] + (1 - beta2) * g * g;
                    double mHat = v[a][b] / (1 - Math.pow(beta1, t));
                    double vHat = r[a][b] / (1 - Math.pow(beta2, t));
                    next[a][b] = theta[a][b] - rate * mHat / (Math.sqrt(vHat) + epsilon);
                }
            }
        }
        return next;
    }
}
