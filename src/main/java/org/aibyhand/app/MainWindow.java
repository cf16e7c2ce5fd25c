package org.aibyhand.app;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.i18n.Texts;

/**
 * The main window: menus, the name box and formula bar, one tab per sheet, and a status line. It shows one
 * {@link Document} at a time; file and edit commands live in {@link FileActions} and {@link EditActions}.
 */
final class MainWindow {
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final FormulaBar formulaBar;
    private final Label status = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final StringProperty title = new SimpleStringProperty();
    private final List<SheetView> sheetViews = new ArrayList<>();
    private final FileActions files;
    private final EditActions edits;
    private final ViewActions viewActions;
    private final WalkthroughBar walkthroughBar;
    private final FindBar findBar;
    private final ExplainPanel explain;
    private final OverTimeChart overTime;
    private final NetworkBinding network;
    private final TabPane side = new TabPane();
    private final SplitPane split;
    private final Tab overTimeTab;
    private GradientCheckWindow gradientCheck;
    private Document document;
    private Walkthrough walkthrough;

    MainWindow(Stage stage, Document first) {
        this.stage = stage;
        this.files = new FileActions(this);
        this.edits = new EditActions(this);
        this.viewActions = new ViewActions(this);
        this.walkthroughBar = new WalkthroughBar(this);
        this.findBar = new FindBar(this);
        this.explain = new ExplainPanel(this);
        this.overTime = new OverTimeChart(this);
        this.network = new NetworkBinding(this);
        this.formulaBar = new FormulaBar(this);
        root.setTop(new VBox(Menus.create(this), formulaBar.root(), findBar.root(), walkthroughBar.root()));
        tabs.setSide(javafx.geometry.Side.BOTTOM);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showSelection());
        Tab explainTab = new Tab(Texts.get("window.explain"), explain.root());
        overTimeTab = new Tab(Texts.get("window.overTime"), overTime.root());
        side.getTabs().addAll(explainTab, network.tab(), new TrainTab(this, explain).tab());
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setId("sidePanel");
        split = new SplitPane(tabs, side);
        split.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(side, false);
        root.setCenter(split);
        progress.setVisible(false);
        progress.setPrefSize(18, 18);
        HBox statusLine = new HBox(8, progress, status);
        statusLine.setPadding(new Insets(2, 6, 2, 6));
        root.setBottom(statusLine);
        InterfaceFont.apply(root);
        Scene scene = new Scene(root, 1200, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        edits.installShortcuts(scene);
        viewActions.installShortcuts(scene);
        WalkthroughKeys.install(scene, this);
        files.installDragAndDrop(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(title);
        stage.setOnCloseRequest(event -> {
            if (!files.confirmDiscard()) {
                event.consume();
            }
        });
        show(first);
    }

    FileActions files() {
        return files;
    }

    EditActions edits() {
        return edits;
    }

    ViewActions viewActions() {
        return viewActions;
    }

    Stage stage() {
        return stage;
    }

    BorderPane root() {
        return root;
    }

    Document document() {
        return document;
    }

    Walkthrough walkthrough() {
        return walkthrough;
    }

    FindBar findBar() {
        return findBar;
    }

    WalkthroughBar walkthroughBar() {
        return walkthroughBar;
    }

    ExplainPanel explain() {
        return explain;
    }

    OverTimeChart overTime() {
        return overTime;
    }

    NetworkBinding network() {
        return network;
    }

    /** Where the grid ends and the side panel begins, as a fraction of the width. */
    double sideDivider() {
        return split.getDividerPositions()[0];
    }

    void setSideDivider(double position) {
        split.setDividerPositions(position);
    }

    /** Makes the menu bar again, so its menus take the window's current text size. */
    void refreshMenus() {
        ((VBox) root.getTop()).getChildren().set(0, Menus.create(this));
    }

    /** Closes the windows this one opened (when it is replaced, as after a language switch). */
    void closeOwnWindows() {
        if (gradientCheck != null) {
            gradientCheck.stage().close();
        }
        network.closeOwnWindow();
    }

    /** The gradient check window, made on first use and kept (with its last results) while the window lives. */
    GradientCheckWindow gradientCheck() {
        if (gradientCheck == null) {
            gradientCheck = new GradientCheckWindow(this);
        }
        return gradientCheck;
    }

    /** Replaces the shown document (after New or Open). */
    void show(Document next) {
        boolean recognised = next.recognised().isDone(); // asked first, so a lesson recognised meanwhile is not missed
        document = next;
        walkthrough = new Walkthrough(next);
        network.show(next);
        sheetViews.clear();
        tabs.getTabs().clear();
        for (Sheet sheet : next.workbook().sheets()) {
            SheetView view = new SheetView(next, sheet, walkthrough, this::edited);
            sheetViews.add(view);
            Tab tab = new Tab(sheet.name(), view.view());
            tabs.getTabs().add(tab);
            view.view().setOnSelectionChanged(this::showSelection);
            view.view().setOnZoomStep(step -> {
                if (step > 0) {
                    viewActions.zoomIn();
                } else {
                    viewActions.zoomOut();
                }
            });
            viewActions.applyZoom(view);
            formulaBar.follow(view);
        }
        walkthroughBar.bind(walkthrough);
        Walkthrough shown = walkthrough;
        shown.currentProperty().addListener((o, was, now) -> stageChanged(shown, true, shown.revealProperty().get()));
        shown.planProperty().addListener((o, was, now) -> stageChanged(shown, false, shown.revealProperty().get()));
        shown.revealProperty().addListener((o, was, now) -> stageChanged(shown, false, true));
        showOverTime(next);
        updateTitle();
        setStatus(next.file() == null ? "" : next.file().toString());
        if (!next.isComputed()) {
            whenComputed(next);
        }
        if (!recognised) {
            whenRecognised(next);
        }
        if (!sheetViews.isEmpty()) {
            Sheet active = next.workbook().activeSheet();
            selectSheet(active);
            sheetViews.get(active.index()).select(0, 0);
            javafx.application.Platform.runLater(() -> {
                if (current() != null) {
                    current().view().requestFocus(); // typing goes to the grid from the start
                }
            });
        }
    }

    /** A file shows its cached values while the engine computes it; then every view shows the engine's. */
    private void whenComputed(Document next) {
        next.computed().whenComplete((calculator, problem) -> javafx.application.Platform.runLater(() -> {
            if (document != next) {
                return;
            }
            if (problem != null) {
                setStatus(Texts.get("status.notComputed", problem.getMessage()));
                return;
            }
            next.looks().reset();
            sheetViews.forEach(SheetView::repaintAll);
            overTime.refresh();
            stageChanged(walkthrough, false, true);
            showSelection();
        }));
    }

    /** A lesson saved by the app is rebuilt from its record in the background; then its chart and picture show. */
    private void whenRecognised(Document next) {
        next.recognised().thenAccept(lesson -> javafx.application.Platform.runLater(() -> {
            if (document == next && lesson != null) {
                showOverTime(next);
                network.show(next);
            }
        }));
    }

    /** The over-time tab is there for sequence lessons only. */
    private void showOverTime(Document next) {
        var lesson = next.lesson();
        if (lesson != null && lesson.overTime() != null) {
            overTime.show(lesson.overTime(), next.workbook().sheet(0));
            if (!side.getTabs().contains(overTimeTab)) {
                side.getTabs().add(1, overTimeTab);
            }
        } else {
            side.getTabs().remove(overTimeTab);
        }
    }

    /**
     * The walkthrough moved (or its plan or reveal mode changed): mark the current stage and what it reads,
     * repaint when what reveal mode hides may have changed, and, on a step, bring the stage into view.
     */
    private void stageChanged(Walkthrough source, boolean stepped, boolean repaint) {
        if (source != walkthrough) {
            return;
        }
        for (SheetView view : sheetViews) {
            view.showStage(walkthrough.currentCells(view.sheet()), walkthrough.currentReads(view.sheet()));
            if (repaint) {
                view.repaintAll();
            }
        }
        overTime.refresh(); // reveal mode hides the steps not reached yet
        var stage = walkthrough.currentStage();
        Sheet home = stage == null ? null : document.workbook().sheet(stage.sheet());
        if (stepped && home != null && !stage.cells().isEmpty()) {
            Area first = stage.cells().get(0);
            selectSheet(home);
            current().scrollNear(first.top(), first.left());
            current().select(first.top(), first.left());
        }
        showSelection();
    }

    /** Selects a sheet and a cell (the top-left of an area) and scrolls it into view. */
    void goTo(Sheet sheet, Area area) {
        selectSheet(sheet);
        SheetView view = current();
        if (view != null) {
            view.reveal(area.top(), area.left());
        }
    }

    /** Tints the cells of a time step picked in the over-time chart and scrolls to them. */
    void showTimeStep(Sheet sheet, List<Area> cells) {
        for (SheetView view : sheetViews) {
            view.showTimeStep(view.sheet() == sheet ? cells : List.of());
        }
        if (!cells.isEmpty()) {
            selectSheet(sheet);
            current().scrollNear(cells.get(0).top(), cells.get(0).left());
        }
    }

    /** The title names the document and carries a {@code *} while it has unsaved changes. */
    void updateTitle() {
        title.set(Texts.get("window.title", (document.isModified() ? "*" : "") + document.name()));
    }

    List<SheetView> sheetViews() {
        return sheetViews;
    }

    /** The sheet view of the selected tab. */
    SheetView current() {
        int index = tabs.getSelectionModel().getSelectedIndex();
        return index < 0 || index >= sheetViews.size() ? null : sheetViews.get(index);
    }

    void selectSheet(Sheet sheet) {
        tabs.getSelectionModel().select(sheet.index());
    }

    /** After any edit (typing, paste, undo): repaint the changed cells on every sheet. */
    void edited(SheetView source, Collection<Cell> changed) {
        var restyled = document.looks().afterChange(changed);
        for (SheetView view : sheetViews) {
            view.refresh(changed);
            view.restyle(restyled.getOrDefault(view.sheet(), List.of()));
        }
        overTime.refresh();
        setStatus(Texts.get("status.changed", changed.size()));
        updateTitle();
        showSelection();
    }

    /** Shows the selected cell in the name box and formula bar, and outlines what it reads and what reads it. */
    void showSelection() {
        network.refresh();
        SheetView view = current();
        Area area = view == null ? null : view.selection();
        if (area == null) {
            return;
        }
        Sheet sheet = view.sheet();
        if (!formulaBar.showSelection(view, area)) {
            return;
        }
        Cell cell = sheet.cell(area.top(), area.left());
        List<Area> precedents = new ArrayList<>();
        List<Cell> dependents = new ArrayList<>();
        if (!document.isComputed()) {
            view.outline(precedents, dependents);
            return; // shown again once the engine has computed the cells
        }
        if (cell != null) {
            for (ReferenceValue range : document.calculator().precedents(cell)) {
                if (range.sheet() == sheet.index() && (long) range.rows() * range.columns() <= 10_000) {
                    precedents.add(new Area(range.top(), range.left(), range.bottom(), range.right()));
                }
            }
            dependents.addAll(document.calculator().dependents(cell));
        }
        view.outline(precedents, dependents);
        explain.show(document, walkthrough, sheet, area.top(), area.left());
    }

    void setStatus(String text) {
        status.setText(text);
    }

    /** Shows or hides the busy indicator while a file loads or saves. */
    void setBusy(boolean busy, String message) {
        progress.setVisible(busy);
        root.getCenter().setDisable(busy);
        setStatus(message);
    }
}
