package org.aibyhand.app;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.walkthrough.Ranges;

/**
 * The main window: menus, the name box and formula bar, one tab per sheet, and a status line. It shows one
 * {@link Document} at a time; file and edit commands live in {@link FileActions} and {@link EditActions}.
 */
final class MainWindow {
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final TextField nameBox = new TextField();
    private final TextField formulaBar = new TextField();
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
        nameBox.setPrefColumnCount(8);
        nameBox.setId("nameBox");
        nameBox.setOnAction(e -> goTo(nameBox.getText()));
        formulaBar.setId("formulaBar");
        HBox.setHgrow(formulaBar, Priority.ALWAYS);
        formulaBar.setOnAction(e -> commitFormulaBar());
        formulaBar.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && current() != null) {
                current().view().cancelEdit();
                showSelection();
                current().view().requestFocus();
            }
        });
        formulaBar.textProperty().addListener((o, was, now) -> formulaBarTyped());
        Label fx = new Label("fx");
        HBox bar = new HBox(6, nameBox, fx, formulaBar);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4));
        root.setTop(new VBox(Menus.create(this), bar, findBar.root(), walkthroughBar.root()));
        tabs.setSide(javafx.geometry.Side.BOTTOM);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showSelection());
        Tab explainTab = new Tab("Explain", explain.root());
        overTimeTab = new Tab("Over time", overTime.root());
        side.getTabs().addAll(explainTab, network.tab(), new TrainTab(this, explain).tab());
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setId("sidePanel");
        SplitPane split = new SplitPane(tabs, side);
        split.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(side, false);
        root.setCenter(split);
        progress.setVisible(false);
        progress.setPrefSize(18, 18);
        HBox statusLine = new HBox(8, progress, status);
        statusLine.setPadding(new Insets(2, 6, 2, 6));
        root.setBottom(statusLine);
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
            view.view().editorText().addListener((o, was, now) -> {
                if (view.view().isEditing() && !formulaBar.isFocused()) {
                    formulaBar.setText(now);
                }
            });
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
                setStatus("The workbook could not be computed: " + problem.getMessage());
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
        title.set((document.isModified() ? "*" : "") + document.name() + " - AI by Hand");
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
        setStatus(changed.size() + (changed.size() == 1 ? " cell" : " cells") + " changed");
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
        Area merge = view.view().mergeAt(area.top(), area.left());
        boolean oneCell = area.rows() == 1 && area.columns() == 1 || area.equals(merge);
        nameBox.setText(oneCell ? area.topLeft().toA1() : area.toA1());
        if (view.view().isEditing()) {
            if (!formulaBar.isFocused()) {
                formulaBar.setText(view.view().editorText().get());
            }
            return;
        }
        formulaBar.setText(document.inputText(sheet, area.top(), area.left()));
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

    /** Enter in the formula bar keeps the edit, as the in-cell editor's Enter does, and stays on the cell. */
    private void commitFormulaBar() {
        SheetView view = current();
        if (view == null) {
            return;
        }
        if (view.view().isEditing()) {
            view.view().editorText().set(formulaBar.getText());
            view.view().commitEdit();
        } else {
            Area area = view.selection();
            edited(view, document.enter(view.sheet(), area.top(), area.left(), formulaBar.getText()));
        }
        view.view().requestFocus();
    }

    /**
     * Typing in the formula bar edits the active cell: the cell shows the same text as it is typed, and the
     * cell's editor and the bar stay in step both ways until Enter or Escape.
     */
    private void formulaBarTyped() {
        SheetView view = current();
        if (view == null || !formulaBar.isFocused()) {
            return;
        }
        if (!view.view().isEditing()) {
            view.view().startEdit(null, false);
        }
        if (!view.view().editorText().get().equals(formulaBar.getText())) {
            view.view().editorText().set(formulaBar.getText());
        }
    }

    /** The name box: a cell such as B7, a range, Sheet!A1, or a defined name. */
    private void goTo(String target) {
        ReferenceValue range;
        try {
            range = Ranges.resolve(document.workbook(), current() == null ? null : current().sheet(), target);
        } catch (IllegalArgumentException unknown) {
            setStatus("No cell or name called '" + target + "'");
            return;
        }
        Area area = new Area(range.top(), range.left(), range.bottom(), range.right());
        goTo(document.workbook().sheet(range.sheet()), area);
        if (area.rows() > 1 || area.columns() > 1) {
            current().view().selectRange(area);
        }
        current().view().requestFocus();
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
