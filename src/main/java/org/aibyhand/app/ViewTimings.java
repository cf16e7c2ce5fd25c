package org.aibyhand.app;

import java.nio.file.Path;
import java.util.Set;
import javafx.stage.Stage;
import org.aibyhand.app.sheet.SheetCanvas;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.ReferenceValue;

/**
 * How the window copes with a large workbook, measured headless with the window's own code: from the file to the
 * first painted grid and to the engine having computed it, a jump to the far corner of the sheet, the time to paint
 * a frame while scrolling, an edit, and the heap the window itself takes (the document excluded), for the benchmark.
 */
public final class ViewTimings {
    private static final int FRAMES = 120;

    private ViewTimings() {
    }

    /**
     * What one file measured: reading it, to the first painted grid (the file's cached values), to the engine having
     * computed it (edits possible), a jump, the frames of scrolling, one edit of an input shown, the window's heap.
     */
    public record Result(long cells, long loadNanos, long firstPaintNanos, long readyNanos, long jumpNanos,
            long[] frameNanos, long editNanos, long windowHeapBytes) {
    }

    /** Opens {@code file} in a window (headless) and measures it. Not on the JavaFX thread. */
    public static Result measure(Path file) throws Exception {
        MainWindow shown = HeadlessFx.call(() -> { // the window is up before a file is opened, as in the app
            MainWindow made = new MainWindow(new Stage(), Document.create(WelcomeWorkbook.create(), "Neuron"));
            made.stage().show();
            return made;
        });
        long start = System.nanoTime();
        Document document = Document.openComputingLater(file);
        long loaded = System.nanoTime();
        Result window = inWindow(shown, document, start);
        shown = null; // closed: what it held may go
        long withoutWindow = usedHeap();
        long cells = 0;
        for (Sheet sheet : document.workbook().sheets()) {
            cells += sheet.cellCount();
        }
        return new Result(cells, loaded - start, window.firstPaintNanos(), window.readyNanos(), window.jumpNanos(),
                window.frameNanos(), window.editNanos(), Math.max(0, window.windowHeapBytes() - withoutWindow));
    }

    /** The window's figures; its heap figure is the used heap with it open (the caller subtracts the rest). */
    private static Result inWindow(MainWindow shown, Document document, long start) throws Exception {
        HeadlessFx.call(() -> {
            shown.show(document);
            shown.stage().getScene().getRoot().applyCss();
            shown.stage().getScene().getRoot().layout();
            shown.current().view().paintNow();
            return null;
        });
        long painted = System.nanoTime();
        document.computed().join();
        long ready = System.nanoTime();
        long jump = HeadlessFx.call(() -> {
            SheetCanvas canvas = shown.current().view();
            int[] corner = canvas.usedCorner();
            long before = System.nanoTime();
            canvas.reveal(corner[0], corner[1]);
            canvas.paintNow();
            return System.nanoTime() - before;
        });
        long[] frames = HeadlessFx.call(() -> scroll(shown.current().view()));
        long edit = HeadlessFx.call(() -> timeOneEdit(shown));
        document.recognised().join(); // a lesson rebuilt in the background is the document's, not the window's
        long withWindow = usedHeap();
        HeadlessFx.call(() -> {
            shown.stage().close();
            return null;
        });
        return new Result(0, 0, painted - start, ready - start, jump, frames, edit, withWindow);
    }

    private static long[] scroll(SheetCanvas canvas) {
        canvas.reveal(0, 0);
        long[] nanos = new long[FRAMES];
        double step = canvas.sheetLayout().height() / canvas.zoom() / 3;
        for (int i = 0; i < FRAMES; i++) {
            long before = System.nanoTime();
            canvas.scrollTo(canvas.sheetLayout().scrollX() + (i % 2) * 20, canvas.sheetLayout().scrollY() + step);
            canvas.paintNow();
            nanos[i] = System.nanoTime() - before;
        }
        return nanos;
    }

    /**
     * Types a new value over the first number the sheet's first formula reads (in a lesson, a weight, which the whole
     * network depends on), as a person would, recomputes and paints the result.
     */
    private static long timeOneEdit(MainWindow shown) {
        SheetView view = shown.current();
        Document document = shown.document();
        Sheet sheet = view.sheet();
        for (Cell cell : sheet) {
            if (!cell.hasFormula()) {
                continue;
            }
            for (ReferenceValue read : document.calculator().precedents(cell)) {
                Cell input = sheet.cell(read.top(), read.left());
                if (read.sheet() == sheet.index() && input != null && !input.hasFormula()
                        && input.value() instanceof NumberValue number) {
                    long before = System.nanoTime();
                    Set<Cell> changed = document.enter(sheet, input.row(), input.column(),
                            String.valueOf(number.value() + 0.25));
                    shown.edited(view, changed);
                    view.view().paintNow();
                    return System.nanoTime() - before;
                }
            }
            return 0;
        }
        return 0;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 5; i++) { // a few passes, apart: one leaves garbage of the lesson rebuilt in the background
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
