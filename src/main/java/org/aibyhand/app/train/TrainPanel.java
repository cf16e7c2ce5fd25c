package org.aibyhand.app.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.i18n.Texts;
import org.aibyhand.train.DecisionBoundary;
import org.aibyhand.train.Trainer;
import org.aibyhand.train.TrainingTarget;
import org.aibyhand.train.Update;
import org.aibyhand.train.UpdateText;

/**
 * The Train panel: what to train, the optimizer and its settings, Step, Run/Pause and Reset, the loss curve, the
 * decision boundary for two-input lessons and the teacher's data. A step is one undoable action, and so is a whole
 * run (however it ends) and a reset. Messages are one line under the buttons, never a dialog of a stack trace.
 */
public final class TrainPanel {
    private final TrainHost host;
    private final Relabel texts = new Relabel();
    private final TargetForm targetForm = new TargetForm(texts);
    private final SettingsForm settings = new SettingsForm(texts);
    private final Button step = texts.text(new Button(), "train.panel.step");
    private final Button run = new Button();
    private final Button reset = texts.text(new Button(), "train.panel.reset");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label message = new Label();
    private final Label lossLabel = new Label();
    private final LossCurve curve = new LossCurve();
    private final BoundaryView boundary = new BoundaryView();
    private final VBox boundaryBox = new VBox(4, texts.text(new Label(), "train.panel.boundary"), boundary.root());
    private final DataBox data;
    private final ScrollPane root;
    private Trainer trainer;
    private TrainRun running;
    private double[] runStart;
    /** The workbook the panel was last set up for; another one means the window shows a new document. */
    private Workbook shown;

    public TrainPanel(TrainHost host) {
        this.host = host;
        this.data = new DataBox(host, this::say, texts);
        texts.always(() -> run.setText(Texts.get(running == null ? "train.panel.run" : "train.panel.pause")));
        texts.always(() -> showProgress(progress.getProgress()));
        step.setId("trainStep");
        run.setId("trainRun");
        reset.setId("trainReset");
        message.setId("trainMessage");
        message.setWrapText(true);
        lossLabel.setId("trainLoss");
        progress.setId("trainProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        targetForm.onEdited(() -> {
            if (running == null) {
                trainer = null; // the next step trains what the fields now name, from where it stands
            }
        });
        step.setOnAction(e -> step());
        run.setOnAction(e -> toggleRun());
        reset.setOnAction(e -> reset());
        VBox content = new VBox(8, targetForm.root(), new Separator(), settings.root(), new HBox(6, step, run, reset),
                progress, message, lossLabel, curve.root(), boundaryBox, new Separator(), data.root());
        content.setPadding(new Insets(8));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("trainPanel");
        root.setUserData(this);
    }

    public ScrollPane root() {
        return root;
    }

    /** Sets the panel up for the window's workbook if it shows another one than last time. */
    public void syncDocument() {
        if (shown != host.workbook()) {
            documentChanged();
        }
    }

    /** A new workbook is shown: stop any run, forget the trainer, fill the fields from the lesson if there is one. */
    private void documentChanged() {
        shown = host.workbook();
        if (running != null) {
            running.cancel(); // it steps the old workbook until it sees this, and its callbacks are ignored
            running = null;
            run.setText(Texts.get("train.panel.run"));
            step.setDisable(false);
            reset.setDisable(false);
            host.setSheetLocked(false);
        }
        trainer = null;
        targetForm.fill(host.lesson());
        curve.show(List.of());
        lossLabel.setText("");
        progress.setProgress(0);
        showBoundary();
    }

    /** The line Explain shows for a parameter after a step, or null when the cell has not been moved by training. */
    public String lastUpdate(Cell cell) {
        if (trainer == null || running != null || shown != host.workbook()) {
            return null;
        }
        Update update = trainer.lastUpdate(cell);
        int index = trainer.target().indexOf(cell);
        return update == null || index < 0 ? null
                : UpdateText.of(trainer.target().parameters().get(index).label(), update, trainer.settings().kind());
    }

    /** One step, as one undoable action. */
    public void step() {
        syncDocument();
        if (running != null || !prepare()) {
            return;
        }
        double[] before = values();
        try {
            Set<Cell> changed = trainer.step();
            host.recordUndo(cells(), before);
            host.changed(changed);
            say("");
        } catch (IllegalStateException stopped) {
            say(stopped.getMessage());
        }
        showProgress(1, 1);
    }

    /** Starts a run of the set number of steps, or pauses the one going. */
    public void toggleRun() {
        if (running != null) {
            running.cancel();
            return;
        }
        syncDocument();
        int steps;
        try {
            steps = settings.steps();
        } catch (IllegalArgumentException wrong) {
            say(wrong.getMessage());
            return;
        }
        if (!prepare()) {
            return;
        }
        runStart = values();
        TrainRun thisRun = new TrainRun();
        running = thisRun;
        run.setText(Texts.get("train.panel.pause"));
        step.setDisable(true);
        reset.setDisable(true);
        host.setSheetLocked(true);
        say(Texts.get("train.panel.running", steps));
        thisRun.start(trainer, steps, new TrainRun.Listener() {
            @Override
            public void progressed(int done, int total, Set<Cell> changed) {
                if (running != thisRun) {
                    return;
                }
                host.changed(changed);
                showProgress(done, total);
            }

            @Override
            public void finished(int done, String error) {
                if (running != thisRun) {
                    return;
                }
                running = null;
                run.setText(Texts.get("train.panel.run"));
                step.setDisable(false);
                reset.setDisable(false);
                host.setSheetLocked(false);
                if (done > 0) {
                    host.recordUndo(cells(), runStart);
                }
                say(error != null ? error : Texts.get("train.panel.ran", done));
                showProgress(done, Math.max(1, done));
            }
        });
    }

    /** Puts the weights training started from back, as one undoable action. */
    public void reset() {
        syncDocument();
        if (running != null || trainer == null) {
            return;
        }
        double[] before = values();
        host.changed(trainer.reset());
        host.recordUndo(cells(), before);
        say(Texts.get("train.panel.wasReset"));
        showProgress(0, 1);
    }

    /** Whether a run is going. */
    public boolean isRunning() {
        return running != null;
    }

    /** For tests and screenshots: choose an optimizer, a rate and the steps of a run. */
    public void configure(org.aibyhand.train.OptimizerKind kind, double rate, int steps) {
        settings.select(kind);
        settings.setRate(rate);
        settings.setSteps(steps);
    }

    /** The data box, for tests: its text goes through the same checks as a file or the clipboard. */
    public boolean useData(String csv) {
        return data.useText(csv);
    }

    public String message() {
        return message.getText();
    }

    /** The trainer for the open workbook, made from the fields on first use; false (and a message) when it cannot be. */
    private boolean prepare() {
        try {
            if (trainer == null) {
                TrainingTarget target = targetForm.target(host.workbook(), host.currentSheet());
                trainer = new Trainer(host.calculator(), target, settings.settings());
            } else {
                trainer.configure(settings.settings());
            }
            return true;
        } catch (IllegalArgumentException | IllegalStateException wrong) {
            say(wrong.getMessage());
            return false;
        }
    }

    private void showProgress(int done, int total) {
        showProgress(total == 0 ? 0 : (double) done / total);
    }

    /** The bar at {@code fraction}, the curve, the current loss and the boundary as they are now. */
    private void showProgress(double fraction) {
        progress.setProgress(fraction);
        if (host.workbook() == null) {
            return;
        }
        curve.show(trainer == null ? List.of() : trainer.losses());
        if (trainer != null) {
            List<Double> losses = trainer.losses();
            lossLabel.setText(Texts.get("train.panel.lossNow", losses.size() - 1, UpdateText.number(trainer.loss())));
        }
        showBoundary();
    }

    private void showBoundary() {
        boolean applies = DecisionBoundary.applies(host.workbook());
        boundaryBox.setVisible(applies);
        boundaryBox.setManaged(applies);
        if (applies) {
            boundary.show(DecisionBoundary.of(host.workbook(), BoundaryView.GRID));
        }
    }

    private List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        trainer.target().parameters().forEach(p -> cells.add(p.cell()));
        return cells;
    }

    private double[] values() {
        return trainer.target().parameters().stream().mapToDouble(p -> p.cell().number()).toArray();
    }

    private void say(String text) {
        message.setText(text == null ? "" : text);
    }
}
