package org.aibyhand.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SamplesTest {
    @Test
    void nearestRankPercentilesOfAHundredSamples() {
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) {
            nanos[i] = 100 - i; // 100 down to 1: sorting is the class's business
        }
        Samples samples = Samples.of(nanos);
        assertEquals(50, samples.median());
        assertEquals(99, samples.percentile(99));
        assertEquals(100, samples.max());
        assertEquals(50.5, samples.mean());
    }

    @Test
    void withFewSamplesTheNinetyNinthPercentileIsTheLargest() {
        Samples samples = Samples.of(new long[] {5, 1, 3});
        assertEquals(3, samples.median());
        assertEquals(5, samples.percentile(99));
    }

    @Test
    void evenSamplingKeepsTheFirstAndSpreadsTheRest() {
        assertEquals(java.util.List.of(0, 3, 6), EditLatencySection.evenlySampled(java.util.List.of(0, 1, 2, 3, 4, 5, 6, 7, 8), 3));
        assertEquals(java.util.List.of(1, 2), EditLatencySection.evenlySampled(java.util.List.of(1, 2), 3));
    }
}
