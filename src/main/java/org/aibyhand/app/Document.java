package org.aibyhand.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Plan;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.eval.ConditionalStyles;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.graph.ChangeSet;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonIdentity;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;
import org.aibyhand.train.BoundaryImage;
import org.aibyhand.train.DecisionBoundary;
import org.aibyhand.xlsx.AddedDrawing;
import org.aibyhand.xlsx.LoadedWorkbook;
import org.aibyhand.xlsx.WorkbookFormatException;
import org.aibyhand.xlsx.XlsxReader;
import org.aibyhand.xlsx.XlsxWriter;

/**
 * An open workbook: its cells, the calculator that keeps them computed, where it came from, whether it has
 * unsaved changes, and the undo history. Every edit goes through here and returns the cells whose value
 * changed. No JavaFX: tests drive it without a window.
 */
final class Document {
    private final Workbook workbook;
    /** Done at once for a new book or a lesson; for a file, the window shows its cached values meanwhile. */
    private final CompletableFuture<Calculator> calculator;
    private final LoadedWorkbook source;
    private final EditHistory history = new EditHistory();
    private final List<Runnable> planListeners = new ArrayList<>();
    private final ConditionalStyles looks;
    private Path file;
    private String name;
    private boolean modified;
    /** The lesson this document is; for a file opened in the background, known once it is computed. */
    private CompletableFuture<Lesson> lesson = CompletableFuture.completedFuture(null);
    private Supplier<Document> remake;

    private Document(Workbook workbook, LoadedWorkbook source, Path file, String name, boolean computeLater) {
        this.workbook = workbook;
        this.source = source;
        this.file = file;
        this.name = name;
        this.calculator = computeLater ? computeInBackground(workbook) : CompletableFuture.completedFuture(compute(workbook));
        this.looks = new ConditionalStyles(workbook);
    }

    private static Calculator compute(Workbook workbook) {
        Calculator calculator = new Calculator(workbook);
        calculator.recalculateAll();
        return calculator;
    }

    /** Builds the graph and recomputes on a thread of its own, with the deep stack long formulas may need. */
    private static CompletableFuture<Calculator> computeInBackground(Workbook workbook) {
        CompletableFuture<Calculator> result = new CompletableFuture<>();
        Thread worker = new Thread(null, () -> {
            try {
                result.complete(compute(workbook));
            } catch (Throwable problem) {
                result.completeExceptionally(problem);
            }
        }, "ai-by-hand-recalculation", 512L << 20);
        worker.setDaemon(true);
        worker.start();
        return result;
    }

    /** How each cell looks now: its style with the conditional formats that hold applied. */
    ConditionalStyles looks() {
        return looks;
    }

    /** A workbook built in code (a new blank book), not yet saved anywhere. */
    static Document create(Workbook workbook, String name) {
        return new Document(workbook, null, null, name, false);
    }

    /** A generated lesson, not yet saved anywhere; it keeps its walkthrough plan and gradient pairs. */
    static Document of(Lesson lesson) {
        Document document = new Document(lesson.workbook(), null, null, lesson.title(), false);
        document.lesson = CompletableFuture.completedFuture(lesson);
        return document;
    }

    /**
     * A lesson built from its kind and options; it can be built again, so that switching the language relabels
     * a lesson nobody has changed yet.
     */
    static Document ofLesson(String kind, LessonOptions options) {
        return of(Lessons.build(kind, options)).remadeBy(() -> ofLesson(kind, options));
    }

    /** Says how to build this document again from scratch (in the current language). */
    Document remadeBy(Supplier<Document> how) {
        remake = how;
        return this;
    }

    /** The same document built again in the current language, or this one when it cannot be. */
    Document rebuilt() {
        return remake == null ? this : remake.get();
    }

    /** The lesson this document was generated from or recognised as, or null for other files and a blank book. */
    Lesson lesson() {
        return lesson.isDone() && !lesson.isCompletedExceptionally() ? lesson.getNow(null) : null;
    }

    /**
     * Reads and recomputes a file; the message of the exception says what is wrong with it. A lesson saved by
     * the app is recognised as that lesson again (see {@link LessonIdentity}).
     */
    static Document open(Path file) throws IOException, WorkbookFormatException {
        LoadedWorkbook loaded = XlsxReader.read(file);
        Document document = new Document(loaded.workbook(), loaded, file, nameOf(file), false);
        document.lesson = CompletableFuture.completedFuture(LessonIdentity.recognise(loaded.workbook()));
        return document;
    }

    /**
     * Reads a file and recomputes it in the background: its cells hold the values the file cached until then, so
     * a window can show a million-formula lesson as soon as it is read, as Excel does. See {@link #computed()}.
     * Which lesson it is, rebuilt from the record in the file, is known after that ({@link #recognised()}).
     */
    static Document openComputingLater(Path file) throws IOException, WorkbookFormatException {
        LoadedWorkbook loaded = XlsxReader.read(file, true);
        Document document = new Document(loaded.workbook(), loaded, file, nameOf(file), true);
        document.lesson = document.calculator.thenApply(computed -> LessonIdentity.recognise(loaded.workbook()));
        return document;
    }

    /** Completes when the cells are computed by the engine (at once, except after {@link #openComputingLater}). */
    CompletableFuture<Calculator> computed() {
        return calculator;
    }

    /** Completes when it is known which lesson the document is (null for none). */
    CompletableFuture<Lesson> recognised() {
        return lesson;
    }

    /** True once the engine has computed the cells; until then precedents, explanations and derived plans wait. */
    boolean isComputed() {
        return calculator.isDone() && !calculator.isCompletedExceptionally();
    }

    Workbook workbook() {
        return workbook;
    }

    /** The calculator, waiting for the background computation if it is still running. */
    Calculator calculator() {
        return calculator.join();
    }

    /** The name shown in the title: the file name without .xlsx, or the lesson's name. */
    String name() {
        return name;
    }

    /** Where it was last opened from or saved to; null for a document never saved. */
    Path file() {
        return file;
    }

    boolean isModified() {
        return modified;
    }

    /**
     * Replaces the walkthrough plan (stages renamed, merged, split or reordered; or the empty plan, to derive one
     * from the formulas) as one undoable step; the plan is saved with the file.
     */
    void editPlan(Plan plan) {
        Plan before = workbook.plan();
        if (!before.equals(plan)) {
            history.recordPlan(before, plan);
            workbook.setPlan(plan);
            modified = true;
        }
        planListeners.forEach(Runnable::run);
    }

    /** Calls {@code listener} whenever the plan is edited, undone or redone. */
    void onPlanChanged(Runnable listener) {
        planListeners.add(listener);
    }

    /** Writes the workbook atomically (safe to call off the UI thread: it changes nothing here). */
    void write(Path target) throws IOException {
        calculator.join(); // a file still being computed in the background is saved with the engine's values
        XlsxWriter.write(workbook, source, target);
        if (source == null && DecisionBoundary.applies(workbook)) { // a two-input lesson: its boundary goes along
            new AddedDrawing(0).picture(BoundaryImage.png(DecisionBoundary.of(workbook, 120), 360), 1,
                    usedColumns(workbook.sheet(0)) + 1, 6, 18).addTo(target);
        }
    }

    private static int usedColumns(Sheet sheet) {
        int columns = 0;
        for (Cell cell : sheet) {
            columns = Math.max(columns, cell.column() + 1);
        }
        return columns;
    }

    /** After a successful write: the file becomes the document's home and there is nothing unsaved. */
    void savedAs(Path target) {
        file = target;
        name = nameOf(target);
        modified = false;
    }

    private static String nameOf(Path file) {
        String fileName = file.getFileName().toString();
        return fileName.toLowerCase().endsWith(".xlsx") ? fileName.substring(0, fileName.length() - 5) : fileName;
    }

    /** Puts typed text into a cell (see {@link CellContent#parse}). */
    Set<Cell> enter(Sheet sheet, int row, int column, String typed) {
        return apply(sheet, List.of(new Placed(row, column, CellContent.parse(typed, row, column))));
    }

    /** Empties every cell of an area, as one undoable step. */
    Set<Cell> clear(Sheet sheet, Area area) {
        List<Placed> blanks = new ArrayList<>();
        for (int r = area.top(); r <= area.bottom(); r++) {
            for (int c = area.left(); c <= area.right(); c++) {
                if (!CellContent.of(sheet.cell(r, c)).isBlank()) {
                    blanks.add(new Placed(r, c, CellContent.BLANK));
                }
            }
        }
        return apply(sheet, blanks);
    }

    /** Puts a block of typed texts with its top-left at (row, column), as one undoable step. */
    Set<Cell> paste(Sheet sheet, int row, int column, List<List<String>> block) {
        List<Placed> placed = new ArrayList<>();
        for (int r = 0; r < block.size(); r++) {
            for (int c = 0; c < block.get(r).size(); c++) {
                placed.add(new Placed(row + r, column + c, CellContent.parse(block.get(r).get(c), row + r, column + c)));
            }
        }
        return apply(sheet, placed);
    }

    /**
     * Records cells that training has already given new numbers as one undoable step; {@code before} holds the
     * numbers they had, in the same order.
     */
    void recordNumbers(List<Cell> cells, double[] before) {
        List<EditHistory.Change> step = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            CellContent was = new CellContent(null, new org.aibyhand.engine.value.NumberValue(before[i]));
            CellContent now = CellContent.of(cell);
            if (!was.equals(now)) {
                step.add(new EditHistory.Change(cell.sheet().index(), cell.row(), cell.column(), was, now));
            }
        }
        history.record(step);
        modified |= !step.isEmpty();
    }

    /** The text the editor starts with for a cell. */
    String inputText(Sheet sheet, int row, int column) {
        return CellContent.of(sheet.cell(row, column)).inputText(row, column);
    }

    boolean canUndo() {
        return history.canUndo();
    }

    boolean canRedo() {
        return history.canRedo();
    }

    /** Undoes the last step; returns the cells whose value changed (empty when there was nothing to undo). */
    Set<Cell> undo() {
        return replay(history.takeUndo(), true);
    }

    Set<Cell> redo() {
        return replay(history.takeRedo(), false);
    }

    private Set<Cell> replay(EditHistory.Step step, boolean backwards) {
        Set<Cell> changed = new LinkedHashSet<>();
        if (step == null) {
            return changed;
        }
        for (EditHistory.Change change : step.cells()) {
            Sheet sheet = workbook.sheet(change.sheet());
            changed.addAll(put(sheet, change.row(), change.column(), backwards ? change.before() : change.after()));
        }
        if (step.changesPlan()) {
            workbook.setPlan(backwards ? step.planBefore() : step.planAfter());
            planListeners.forEach(Runnable::run);
        }
        modified = true;
        return changed;
    }

    /** Content bound for one cell. */
    private record Placed(int row, int column, CellContent content) {
    }

    private Set<Cell> apply(Sheet sheet, List<Placed> placed) {
        List<EditHistory.Change> step = new ArrayList<>();
        Set<Cell> changed = new LinkedHashSet<>();
        for (Placed p : placed) {
            CellContent before = CellContent.of(sheet.cell(p.row, p.column));
            if (before.equals(p.content)) {
                continue;
            }
            step.add(new EditHistory.Change(sheet.index(), p.row, p.column, before, p.content));
            changed.addAll(put(sheet, p.row, p.column, p.content));
        }
        history.record(step);
        modified |= !step.isEmpty();
        return changed;
    }

    private Set<Cell> put(Sheet sheet, int row, int column, CellContent content) {
        ChangeSet changes = content.formula() != null
                ? calculator().setFormula(sheet, row, column, content.formula())
                : calculator().setValue(sheet, row, column, content.constant());
        return changes.changedCells();
    }
}
