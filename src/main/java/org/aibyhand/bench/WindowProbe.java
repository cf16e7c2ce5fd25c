package org.aibyhand.bench;

import java.nio.file.Path;

/**
 * Opens a workbook file in the app's window (headless) and measures it. The benchmark knows the window only
 * through this, so that it stays free of the UI; the command line supplies the app's implementation.
 */
public interface WindowProbe {
    /**
     * The figures of one file: cells, load, file to first paint, file to computed by the engine, a jump, the frames
     * of scrolling, an edit of an input shown, the window's heap.
     */
    record Figures(long cells, long loadNanos, long firstPaintNanos, long readyNanos, long jumpNanos, long[] frameNanos,
            long editNanos, long windowHeapBytes) {
    }

    Figures measure(Path file) throws Exception;
}
