package org.aibyhand.train;

/**
 * The update rules as spreadsheet formulas, one cell each, from A1 texts of the cells they read: the parameter
 * and its gradient in the step before, the rule's running averages (this step's and the step before's), the
 * settings (pinned with $) and, for Adam's bias correction, the step number. The same rules as {@link Optimizer}.
 */
final class UpdateFormulas {
    private final OptimizerKind kind;
    private final String rate;
    private final String beta1;
    private final String beta2;
    private final String epsilon;

    UpdateFormulas(OptimizerKind kind, String rate, String beta1, String beta2, String epsilon) {
        this.kind = kind;
        this.rate = rate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    /** How many running averages the rule keeps per parameter (0 for SGD, 1 for momentum and RMSProp, 2 for Adam). */
    int averages() {
        return switch (kind) {
            case SGD -> 0;
            case MOMENTUM, RMSPROP -> 1;
            case ADAM -> 2;
        };
    }

    /** The first average from its previous value and the previous gradient. */
    String firstAverage(String previous, String gradient) {
        return switch (kind) {
            case MOMENTUM -> "=" + beta1 + "*" + previous + "+" + gradient;
            case RMSPROP -> squares(beta2, previous, gradient);
            case ADAM -> "=" + beta1 + "*" + previous + "+(1-" + beta1 + ")*" + gradient;
            case SGD -> throw new IllegalStateException("SGD keeps no average");
        };
    }

    /** Adam's second average (of squared gradients). */
    String secondAverage(String previous, String gradient) {
        return squares(beta2, previous, gradient);
    }

    /** The parameter after the step, from the averages of this step ({@code first}, {@code second}). */
    String parameter(String previous, String gradient, String first, String second, String step) {
        return switch (kind) {
            case SGD -> "=" + previous + "-" + rate + "*" + gradient;
            case MOMENTUM -> "=" + previous + "-" + rate + "*" + first;
            case RMSPROP -> "=" + previous + "-" + rate + "*" + gradient + "/(SQRT(" + first + ")+" + epsilon + ")";
            case ADAM -> "=" + previous + "-" + rate + "*(" + first + "/(1-" + beta1 + "^" + step + "))/(SQRT("
                    + second + "/(1-" + beta2 + "^" + step + "))+" + epsilon + ")";
        };
    }

    private static String squares(String decay, String previous, String gradient) {
        return "=" + decay + "*" + previous + "+(1-" + decay + ")*" + gradient + "*" + gradient;
    }
}
