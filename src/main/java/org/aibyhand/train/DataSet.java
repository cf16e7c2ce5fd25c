package org.aibyhand.train;

/**
 * A teacher's data: one row per sample, its inputs and its targets (as a CSV file holds them). A lesson takes it
 * transposed, one column per sample, as X and Y.
 */
public record DataSet(double[][] inputs, double[][] targets) {

    public DataSet {
        if (inputs.length != targets.length || inputs.length == 0) {
            throw new IllegalArgumentException("a data set needs the same number of input and target rows, at least one");
        }
    }

    public int samples() {
        return inputs.length;
    }

    public int inputCount() {
        return inputs[0].length;
    }

    public int targetCount() {
        return targets[0].length;
    }
}
