package org.aibyhand.app;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Plan;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.walkthrough.DerivedPlan;
import org.aibyhand.engine.walkthrough.StageIndex;

/**
 * The step player's state for one document: the plan (the workbook's own, or one derived from its formulas),
 * the current stage (-1 before the first), whether reveal mode hides the stages not reached yet, and the play
 * speed. No window: the panel binds to these properties and tests drive them directly.
 */
final class Walkthrough {
    /** Outlining what a stage reads stops at this many of its cells, so a huge stage stays responsive. */
    private static final int READS_LIMIT = 5_000;

    private final Document document;
    private final ObjectProperty<Plan> plan = new SimpleObjectProperty<>();
    private final IntegerProperty current = new SimpleIntegerProperty(-1);
    private final BooleanProperty reveal = new SimpleBooleanProperty(false);
    private final BooleanProperty playing = new SimpleBooleanProperty(false);
    private final DoubleProperty secondsPerStage = new SimpleDoubleProperty(2);
    private StageIndex index;

    Walkthrough(Document document) {
        this.document = document;
        showDocumentPlan();
        document.onPlanChanged(this::showDocumentPlan);
    }

    ObjectProperty<Plan> planProperty() {
        return plan;
    }

    Plan plan() {
        return plan.get();
    }

    IntegerProperty currentProperty() {
        return current;
    }

    int current() {
        return current.get();
    }

    BooleanProperty revealProperty() {
        return reveal;
    }

    BooleanProperty playingProperty() {
        return playing;
    }

    DoubleProperty secondsPerStageProperty() {
        return secondsPerStage;
    }

    /** The stage shown now, or null before the first. */
    Stage currentStage() {
        int at = current.get();
        return at < 0 || at >= plan().size() ? null : plan().stage(at);
    }

    void goTo(int stage) {
        current.set(Math.max(-1, Math.min(stage, plan().size() - 1)));
    }

    /** Steps forward; false at the last stage (so playing stops there). */
    boolean next() {
        if (current.get() >= plan().size() - 1) {
            return false;
        }
        goTo(current.get() + 1);
        return true;
    }

    void previous() {
        goTo(Math.max(0, current.get() - 1));
    }

    void first() {
        goTo(plan().isEmpty() ? -1 : 0);
    }

    void last() {
        goTo(plan().size() - 1);
    }

    /** The index of the stage that reveals a cell, or -1 when none does. */
    int stageOf(Sheet sheet, int row, int column) {
        return index.stageOf(sheet.name(), row, column);
    }

    /** In reveal mode, a cell of a stage not reached yet shows blank. */
    boolean hides(Sheet sheet, int row, int column) {
        return reveal.get() && stageOf(sheet, row, column) > current.get();
    }

    /** The current stage's areas on a sheet (none when the stage is on another sheet). */
    List<Area> currentCells(Sheet sheet) {
        Stage stage = currentStage();
        return stage == null || !stage.sheet().equalsIgnoreCase(sheet.name()) ? List.of() : stage.cells();
    }

    /** The cells on a sheet that the current stage's formulas read (none until the graph is built). */
    List<Area> currentReads(Sheet sheet) {
        Stage stage = currentStage();
        Sheet home = stage == null ? null : document.workbook().sheet(stage.sheet());
        if (home == null || !document.isComputed()) {
            return List.of();
        }
        Set<Area> reads = new LinkedHashSet<>();
        int visited = 0;
        for (Area area : stage.cells()) {
            for (int r = area.top(); r <= area.bottom() && visited < READS_LIMIT; r++) {
                for (int c = area.left(); c <= area.right() && visited < READS_LIMIT; c++, visited++) {
                    Cell cell = home.cell(r, c);
                    if (cell != null && cell.hasFormula()) {
                        addReads(reads, cell, sheet);
                    }
                }
            }
        }
        return new ArrayList<>(reads);
    }

    private void addReads(Set<Area> reads, Cell cell, Sheet sheet) {
        for (ReferenceValue range : document.calculator().precedents(cell)) {
            if (range.sheet() == sheet.index() && (long) range.rows() * range.columns() <= READS_LIMIT) {
                reads.add(new Area(range.top(), range.left(), range.bottom(), range.right()));
            }
        }
    }

    /** Applies a plan edit (rename, merge, split, move); the edited plan is saved with the workbook. */
    void edit(UnaryOperator<Plan> change) {
        document.editPlan(change.apply(plan()));
    }

    /** Replaces the plan by one derived from the formulas, forgetting any saved one. */
    void derive() {
        document.editPlan(Plan.EMPTY);
    }

    /** The workbook's own plan, or one derived from its formulas when it has none. */
    private void showDocumentPlan() {
        Plan own = document.workbook().plan();
        if (own.isEmpty() && !document.isComputed()) { // derived from the graph, which is still being built
            setPlan(Plan.EMPTY);
            document.computed().thenRun(() -> Platform.runLater(this::showDocumentPlan));
            return;
        }
        setPlan(own.isEmpty() ? DerivedPlan.of(document.workbook(), document.calculator()) : own);
    }

    private void setPlan(Plan next) {
        index = new StageIndex(next);
        int at = current.get();
        plan.set(next);
        current.set(Math.min(at, next.size() - 1));
    }
}
