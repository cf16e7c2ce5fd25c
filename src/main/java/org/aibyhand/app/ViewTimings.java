package org.aibyhand.app;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.aibyhand.app.sheet.SheetCanvas;
import org.aibyhand.engine.book.Sheet;

/**
 * How the window copes with a large workbook, measured headless with the window's own code: from the file to the
 * first painted grid, a jump to the far corner of the sheet, the time to paint a frame while scrolling, and the
 * heap the window itself takes (the document excluded), for the benchmark.
 */
public final class ViewTimings {
    private static final int FRAMES = 120;

    private ViewTimings() {
    }

    /** What one file measured. */
    public record Result(long cells, long loadNanos, long firstPaintNanos, long jumpNanos, long[] frameNanos,
            long windowHeapBytes) {
    }

    /** Opens {@code file} in a window (headless) and measures it. Not on the JavaFX thread. */
    public static Result measure(Path file) throws Exception {
        long start = System.nanoTime();
        Document document = Document.open(file);
        long loaded = System.nanoTime();
        long heapBefore = usedHeap(); // collections outside the timed span
        Object[] window = new Object[1];
        long windowStart = System.nanoTime();
        long painted = HeadlessFx.call(() -> {
            Stage stage = new Stage();
            MainWindow shown = new MainWindow(stage, document);
            stage.show();
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            shown.current().view().paintNow();
            window[0] = shown;
            return System.nanoTime();
        });
        long windowHeap = usedHeap() - heapBefore;
        MainWindow shown = (MainWindow) window[0];
        long jump = HeadlessFx.call(() -> {
            SheetCanvas canvas = shown.current().view();
            int[] corner = canvas.usedCorner();
            long before = System.nanoTime();
            canvas.reveal(corner[0], corner[1]);
            canvas.paintNow();
            return System.nanoTime() - before;
        });
        long[] frames = HeadlessFx.call(() -> {
            SheetCanvas canvas = shown.current().view();
            canvas.reveal(0, 0);
            long[] nanos = new long[FRAMES];
            double step = canvas.sheetLayout().height() / canvas.zoom() / 3;
            for (int i = 0; i < FRAMES; i++) {
                long before = System.nanoTime();
                canvas.scrollTo(canvas.sheetLayout().scrollX() + (i % 2) * 20, canvas.sheetLayout().scrollY() + step);
                canvas.paintNow();
                nanos[i] = System.nanoTime() - before;
            }
            shown.stage().close();
            return nanos;
        });
        long cells = 0;
        for (Sheet sheet : document.workbook().sheets()) {
            cells += sheet.cellCount();
        }
        return new Result(cells, loaded - start, (loaded - start) + (painted - windowStart), jump, frames, windowHeap);
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
