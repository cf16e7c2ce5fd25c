package org.aibyhand.bench;

import java.util.Arrays;
import java.util.Collection;

/** Summary statistics of timed samples (nanoseconds): median, percentiles, maximum and mean. */
record Samples(long[] sorted) {

    static Samples of(long[] nanos) {
        long[] copy = nanos.clone();
        Arrays.sort(copy);
        return new Samples(copy);
    }

    static Samples of(Collection<Long> nanos) {
        return of(nanos.stream().mapToLong(Long::longValue).toArray());
    }

    int count() {
        return sorted.length;
    }

    long median() {
        return percentile(50);
    }

    /** The nearest-rank percentile: the smallest sample with at least {@code p}% of the samples at or below it. */
    long percentile(double p) {
        if (sorted.length == 0) {
            throw new IllegalStateException("no samples");
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    long max() {
        return sorted[sorted.length - 1];
    }

    double mean() {
        return Arrays.stream(sorted).average().orElseThrow();
    }
}
