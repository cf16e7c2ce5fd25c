package org.aibyhand.train;

import org.aibyhand.i18n.Texts;

/**
 * An optimizer and its settings. {@code beta1} is the momentum coefficient (momentum, Adam's first moment),
 * {@code beta2} the decay of the squared gradients (RMSProp's ρ, Adam's second moment), {@code epsilon} the term
 * that keeps a division by a root of a tiny average finite. A rule ignores the settings it has no use for.
 */
public record Hyperparameters(OptimizerKind kind, double learningRate, double beta1, double beta2, double epsilon) {

    public Hyperparameters {
        if (kind == null) {
            throw new IllegalArgumentException(Texts.get("train.error.noOptimizer"));
        }
        requireFinite(learningRate, "η");
        if (learningRate <= 0) {
            throw new IllegalArgumentException(Texts.get("train.error.rate", learningRate));
        }
        requireFraction(beta1, "β₁");
        requireFraction(beta2, "β₂");
        requireFinite(epsilon, "ε");
        if (epsilon < 0) {
            throw new IllegalArgumentException(Texts.get("train.error.epsilon", epsilon));
        }
    }

    /**
     * The usual settings of each rule: PyTorch's β and ε, and a learning rate that trains the default lessons in
     * a few hundred steps (the adaptive rules take steps of about their rate, so theirs is smaller).
     */
    public static Hyperparameters defaults(OptimizerKind kind) {
        return switch (kind) {
            case SGD -> new Hyperparameters(kind, 0.5, 0.9, 0.999, 1e-8);
            case MOMENTUM -> new Hyperparameters(kind, 0.1, 0.9, 0.999, 1e-8);
            case RMSPROP -> new Hyperparameters(kind, 0.01, 0.9, 0.99, 1e-8);
            case ADAM -> new Hyperparameters(kind, 0.05, 0.9, 0.999, 1e-8);
        };
    }

    public Hyperparameters withLearningRate(double rate) {
        return new Hyperparameters(kind, rate, beta1, beta2, epsilon);
    }

    private static void requireFinite(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(Texts.get("train.error.notNumber", what));
        }
    }

    private static void requireFraction(double value, String what) {
        requireFinite(value, what);
        if (value < 0 || value >= 1) {
            throw new IllegalArgumentException(Texts.get("train.error.fraction", what, value));
        }
    }
}
