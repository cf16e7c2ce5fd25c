package org.aibyhand.bench;

import java.io.PrintStream;

/** Says what the benchmark is doing and since when, so a run of minutes shows it is alive (on the error stream). */
final class Progress {
    private final PrintStream stream;
    private final long start = System.nanoTime();

    Progress(PrintStream stream) {
        this.stream = stream;
    }

    void step(String what) {
        stream.printf("bench [%5.1f s]: %s%n", (System.nanoTime() - start) / 1e9, what);
    }
}
