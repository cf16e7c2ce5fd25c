package org.aibyhand.train;

/**
 * The state of an update rule over a fixed list of parameters: the running averages each rule keeps, one slot per
 * parameter, and the number of steps taken (Adam corrects its averages' bias with it).
 *
 * <ul>
 * <li>SGD: w ← w − η·g</li>
 * <li>momentum (as torch.optim.SGD with momentum, dampening 0): v ← β₁v + g; w ← w − η·v</li>
 * <li>RMSProp (as torch.optim.RMSprop): s ← β₂s + (1 − β₂)g²; w ← w − η·g / (√s + ε)</li>
 * <li>Adam: m ← β₁m + (1 − β₁)g; v ← β₂v + (1 − β₂)g²; m̂ = m/(1 − β₁ᵗ); v̂ = v/(1 − β₂ᵗ); w ← w − η·m̂ / (√v̂ + ε)</li>
 * </ul>
 */
public final class Optimizer {
    private final Hyperparameters settings;
    private final double[] first;
    private final double[] second;
    private int steps;

    public Optimizer(Hyperparameters settings, int parameters) {
        this.settings = settings;
        this.first = new double[parameters];
        this.second = new double[parameters];
    }

    public Hyperparameters settings() {
        return settings;
    }

    /** Takes over another optimizer's averages and step count (same parameters, new settings). */
    void adopt(Optimizer other) {
        System.arraycopy(other.first, 0, first, 0, first.length);
        System.arraycopy(other.second, 0, second, 0, second.length);
        steps = other.steps;
    }

    /**
     * Moves every parameter against its gradient by the rule, in place, and returns each one's update. The
     * arrays are indexed as the parameters were when the optimizer was made.
     */
    public Update[] step(double[] parameters, double[] gradients) {
        steps++;
        Update[] updates = new Update[parameters.length];
        double rate = settings.learningRate();
        for (int i = 0; i < parameters.length; i++) {
            double g = gradients[i];
            double direction = direction(i, g);
            double before = parameters[i];
            parameters[i] = before - rate * direction;
            updates[i] = new Update(before, g, rate, direction, parameters[i]);
        }
        return updates;
    }

    private double direction(int i, double g) {
        double b1 = settings.beta1();
        double b2 = settings.beta2();
        switch (settings.kind()) {
            case MOMENTUM:
                first[i] = b1 * first[i] + g;
                return first[i];
            case RMSPROP:
                second[i] = b2 * second[i] + (1 - b2) * g * g;
                return g / (Math.sqrt(second[i]) + settings.epsilon());
            case ADAM:
                first[i] = b1 * first[i] + (1 - b1) * g;
                second[i] = b2 * second[i] + (1 - b2) * g * g;
                double corrected1 = first[i] / (1 - Math.pow(b1, steps));
                double corrected2 = second[i] / (1 - Math.pow(b2, steps));
                return corrected1 / (Math.sqrt(corrected2) + settings.epsilon());
            default:
                return g;
        }
    }
}
