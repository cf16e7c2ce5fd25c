package org.aibyhand.train;

import java.util.Random;

/**
 * The classic two-class toy sets of TensorFlow Playground and scikit-learn, seeded so a class sees the same
 * points every time: two inputs per sample, one target (0 or 1).
 */
public enum ToyData {
    XOR, MOONS, CIRCLES, SPIRAL;

    /** Gaussian noise added to each coordinate of the curved sets. */
    private static final double NOISE = 0.1;

    /** The bundle key of the set's name. */
    public String key() {
        return "train.data." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * {@code samples} points from {@code seed}, half of each class (alternating). XOR with four samples is the
     * truth table itself; with more, points scattered around the four corners.
     */
    public DataSet make(int samples, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[samples][2];
        double[][] y = new double[samples][1];
        for (int s = 0; s < samples; s++) {
            int label = s % 2;
            double share = (s / 2 + random.nextDouble()) / Math.max(1, (samples + 1) / 2); // 0..1 along the class
            y[s][0] = label;
            switch (this) {
                case XOR -> xor(x[s], s, samples, random);
                case MOONS -> moon(x[s], label, share, random);
                case CIRCLES -> circle(x[s], label, random);
                default -> spiral(x[s], label, share, random);
            }
            if (this == XOR) {
                y[s][0] = s % 4 >= 2 ? 1 : 0; // (1,0) and (0,1): the corners whose inputs differ
            }
        }
        return new DataSet(x, y);
    }

    private static void xor(double[] point, int s, int samples, Random random) {
        int corner = s % 4;
        double jitter = samples == 4 ? 0 : 0.15;
        point[0] = (corner == 1 || corner == 2 ? 1 : 0) + jitter * random.nextGaussian();
        point[1] = (corner == 1 || corner == 3 ? 1 : 0) + jitter * random.nextGaussian();
    }

    private static void moon(double[] point, int label, double share, Random random) {
        double t = Math.PI * share;
        point[0] = (label == 0 ? Math.cos(t) : 1 - Math.cos(t)) + NOISE * random.nextGaussian();
        point[1] = (label == 0 ? Math.sin(t) : 0.5 - Math.sin(t)) + NOISE * random.nextGaussian();
    }

    private static void circle(double[] point, int label, Random random) {
        double t = 2 * Math.PI * random.nextDouble();
        double radius = label == 0 ? 1 : 0.4;
        point[0] = radius * Math.cos(t) + NOISE * random.nextGaussian();
        point[1] = radius * Math.sin(t) + NOISE * random.nextGaussian();
    }

    private static void spiral(double[] point, int label, double share, Random random) {
        double radius = 0.1 + share;
        double t = 3 * Math.PI * share + label * Math.PI;
        point[0] = radius * Math.cos(t) + NOISE / 2 * random.nextGaussian();
        point[1] = radius * Math.sin(t) + NOISE / 2 * random.nextGaussian();
    }
}
