package org.aibyhand.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/** Wall-clock timing with System.nanoTime: warm-up runs, then timed runs within a time budget, and used heap. */
final class Timing {
    private Timing() {
    }

    /**
     * How many times to run something: untimed until both {@code warmups} runs and {@code warmupNanos} have passed
     * (so the JIT has compiled the code however short one run is), then timed: at least once, up to {@code runs}
     * times while {@code budgetNanos} lasts. The budget also caps the warm-up.
     */
    record Repetitions(int warmups, long warmupNanos, int runs, long budgetNanos) {
        static Repetitions of(int warmups, double warmupSeconds, int runs, double budgetSeconds) {
            return new Repetitions(warmups, (long) (warmupSeconds * 1e9), runs, (long) (budgetSeconds * 1e9));
        }
    }

    /** Runs {@code task} as {@code repetitions} says and returns the timed samples. */
    static Samples measure(Runnable task, Repetitions repetitions) {
        long started = System.nanoTime();
        for (int i = 0; i < repetitions.warmups() || System.nanoTime() - started < repetitions.warmupNanos(); i++) {
            if (System.nanoTime() - started >= repetitions.budgetNanos()) {
                break;
            }
            task.run();
        }
        List<Long> times = new ArrayList<>();
        long timing = System.nanoTime();
        do {
            long start = System.nanoTime();
            task.run();
            times.add(System.nanoTime() - start);
        } while (times.size() < repetitions.runs() && System.nanoTime() - timing < repetitions.budgetNanos());
        return Samples.of(times);
    }

    /** Nanoseconds {@code task} takes once. */
    static long once(Runnable task) {
        long start = System.nanoTime();
        task.run();
        return System.nanoTime() - start;
    }

    /** Heap in use once garbage is collected (several collections, since one may leave floating garbage). */
    static long usedHeap() {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
