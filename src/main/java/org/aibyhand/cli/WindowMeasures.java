package org.aibyhand.cli;

import java.nio.file.Path;
import org.aibyhand.app.ViewTimings;
import org.aibyhand.bench.WindowProbe;

/** The app's window as the benchmark measures it: the bridge that keeps the benchmark free of the UI. */
final class WindowMeasures implements WindowProbe {
    @Override
    public Figures measure(Path file) throws Exception {
        ViewTimings.Result r = ViewTimings.measure(file);
        return new Figures(r.cells(), r.loadNanos(), r.firstPaintNanos(), r.readyNanos(), r.jumpNanos(), r.frameNanos(),
                r.editNanos(), r.windowHeapBytes());
    }
}
