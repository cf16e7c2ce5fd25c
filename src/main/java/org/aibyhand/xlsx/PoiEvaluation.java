package org.aibyhand.xlsx;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorType;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;
import org.aibyhand.xlsx.PoiResult.Status;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Apache POI's own formula evaluator on a file, as the peer the engine is measured against. It loads the file with
 * POI, evaluates every formula cell with POI's {@link FormulaEvaluator} and compares each result with the value the
 * file holds (what Excel, or whoever saved the file, computed: numbers within a relative 1e-9, the rest exactly),
 * then times full evaluations, POI's cache cleared before each. It runs on a thread of its own with the JVM's
 * default stack, as POI would in any program, so a long dependency chain overflows POI's recursive evaluator the
 * way it does for its users; and it gives up when the time allowed runs out.
 */
public final class PoiEvaluation {
    /** How long to wait past the deadline for a step POI cannot be interrupted in (loading, one deep cell). */
    private static final long GRACE_MILLIS = 5_000;
    private static final int CHECK_EVERY = 256;

    private final Path file;
    private final long warmUpNanos;
    private final int runs;
    private final long deadline;
    private final Duration timeout;
    private volatile boolean cancelled;
    private volatile String progress = "POI was still loading the file or evaluating one cell";

    private PoiEvaluation(Path file, Duration warmUp, int runs, Duration timeout) {
        this.file = file;
        this.warmUpNanos = warmUp.toNanos();
        this.runs = runs;
        this.timeout = timeout;
        this.deadline = System.nanoTime() + timeout.toNanos();
    }

    /**
     * Evaluates {@code file} once to check it, then untimed until {@code warmUp} has passed (so the JIT has compiled
     * POI however short one evaluation is), then {@code runs} timed times, all within {@code timeout}; when only the
     * checking pass fits, its time is the one reported.
     */
    public static PoiResult run(Path file, Duration warmUp, int runs, Duration timeout) {
        PoiEvaluation evaluation = new PoiEvaluation(file, warmUp, runs, timeout);
        AtomicReference<PoiResult> result = new AtomicReference<>();
        Thread worker = new Thread(null, () -> result.set(evaluation.evaluate()), "poi-evaluation", 0);
        worker.setDaemon(true); // one stuck in POI past the grace period must not keep the program alive
        worker.start();
        try {
            worker.join(timeout.toMillis() + GRACE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (result.get() == null) {
            evaluation.cancelled = true;
            return new PoiResult(Status.TIMED_OUT, 0, evaluation.timedOut(), 0, List.of());
        }
        return result.get();
    }

    private PoiResult evaluate() {
        long start = System.nanoTime();
        String during = "while loading";
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XSSFWorkbook book = new XSSFWorkbook(pkg)) {
            long loadNanos = System.nanoTime() - start;
            during = "while evaluating";
            List<Cell> cells = formulaCells(book);
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            return check(cells, sharedStrings(book), evaluator, loadNanos);
        } catch (Throwable failure) { // also OutOfMemoryError: the report says how POI failed
            return new PoiResult(Status.FAILED, 0, describe(failure) + " " + during, System.nanoTime() - start, List.of());
        }
    }

    /** The checking pass, then the timed ones. */
    private PoiResult check(List<Cell> cells, String[] strings, FormulaEvaluator evaluator, long loadNanos) {
        int wrong = 0;
        String firstWrong = null;
        long start = System.nanoTime();
        for (int i = 0; i < cells.size(); i++) {
            if (i % CHECK_EVERY == 0 && outOfTime()) {
                progress = String.format("%,d of %,d cells evaluated", i, cells.size());
                return new PoiResult(Status.TIMED_OUT, cells.size(), timedOut(), loadNanos, List.of());
            }
            Cell cell = cells.get(i);
            Value computed;
            try {
                computed = value(evaluator.evaluate(cell));
            } catch (RuntimeException | StackOverflowError failure) {
                return new PoiResult(Status.FAILED, cells.size(), describe(failure) + " at " + address(cell), loadNanos,
                        List.of());
            }
            Value expected = cached(cell, strings);
            if (expected != null && !FormulaResults.matches(expected, computed)) {
                wrong++;
                if (firstWrong == null) {
                    firstWrong = address(cell) + ": the file has " + FormulaResults.show(expected) + ", POI computed "
                            + FormulaResults.show(computed);
                }
            }
        }
        long checkNanos = System.nanoTime() - start;
        List<Long> times = timedRuns(cells, evaluator);
        String note = times.isEmpty() ? " (only the first, cold evaluation fitted in the time)" : "";
        if (times.isEmpty()) {
            times = List.of(checkNanos);
        }
        if (wrong > 0) {
            String detail = String.format("%,d of %,d cells differ from the file; first %s", wrong, cells.size(), firstWrong);
            return new PoiResult(Status.WRONG, cells.size(), detail + note, loadNanos, times);
        }
        return new PoiResult(Status.CORRECT, cells.size(), "every cell as the file has it" + note, loadNanos, times);
    }

    /** Full evaluations from a cleared cache, untimed while warming up, then timed. Stops when the time is up. */
    private List<Long> timedRuns(List<Cell> cells, FormulaEvaluator evaluator) {
        long warmingUntil = System.nanoTime() + warmUpNanos;
        while (System.nanoTime() < warmingUntil && evaluateAll(cells, evaluator) >= 0) {
            // warming up
        }
        List<Long> times = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long nanos = evaluateAll(cells, evaluator);
            if (nanos < 0) {
                break;
            }
            times.add(nanos);
        }
        return times;
    }

    /** One full evaluation from a cleared cache: its time, or -1 when the time allowed ran out during it. */
    private long evaluateAll(List<Cell> cells, FormulaEvaluator evaluator) {
        evaluator.clearAllCachedResultValues();
        long start = System.nanoTime();
        for (int i = 0; i < cells.size(); i++) {
            if (i % CHECK_EVERY == 0 && outOfTime()) {
                return -1;
            }
            evaluator.evaluate(cells.get(i));
        }
        return System.nanoTime() - start;
    }

    private boolean outOfTime() {
        return cancelled || System.nanoTime() > deadline;
    }

    private String timedOut() {
        return "timed out after " + timeout.toSeconds() + " s (" + progress + ")";
    }

    /** Every cell POI treats as a formula: formula cells and the other cells of array formulas. */
    private static List<Cell> formulaCells(XSSFWorkbook book) {
        List<Cell> cells = new ArrayList<>();
        for (Sheet sheet : book) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        cells.add(cell);
                    }
                }
            }
        }
        return cells;
    }

    private static String[] sharedStrings(XSSFWorkbook book) {
        SharedStringsTable table = book.getSharedStringSource();
        String[] strings = new String[table == null ? 0 : table.getUniqueCount()];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = table.getItemAt(i).getString();
        }
        return strings;
    }

    /** The value the file holds for a cell, or null when it holds none (or one that cannot be read). */
    private static Value cached(Cell cell, String[] strings) {
        try {
            return CellXml.value(((XSSFCell) cell).getCTCell(), strings);
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    private static Value value(CellValue computed) {
        if (computed == null) {
            return EmptyValue.INSTANCE;
        }
        switch (computed.getCellType()) {
            case NUMERIC:
                return Values.number(computed.getNumberValue());
            case STRING:
                return Values.text(computed.getStringValue());
            case BOOLEAN:
                return BooleanValue.of(computed.getBooleanValue());
            case ERROR:
                ErrorType type = ErrorType.fromText(FormulaError.forInt(computed.getErrorValue()).getString());
                return type == null ? ErrorValue.VALUE : ErrorValue.of(type);
            default:
                return EmptyValue.INSTANCE;
        }
    }

    private static String address(Cell cell) {
        return cell.getSheet().getSheetName() + "!" + cell.getAddress().formatAsString();
    }

    /** The innermost cause's class and message: POI wraps the one that says what it cannot do. */
    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + firstLine(message));
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.length() > 160 ? line.substring(0, 160) + "..." : line;
    }
}
