package org.aibyhand.app;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.aibyhand.i18n.Texts;
import org.aibyhand.lesson.LessonOptions;

/**
 * A short guided tour on a lesson: each step says what to look at, outlines it and does it (steps the player,
 * turns reveal on, explains a cell, opens the gradient check), so a new teacher sees every tool move once.
 */
final class Tour {
    private static final String HIGHLIGHT = "tour-highlight";

    /** One step: its text's key, the part of the window it points at, and what it does there. */
    private record Step(String key, java.util.function.Function<MainWindow, Node> target,
            java.util.function.Consumer<MainWindow> action) {
    }

    private static final List<Step> STEPS = List.of(
            new Step("tour.player", w -> w.walkthroughBar().root(), w -> w.walkthrough().first()),
            new Step("tour.step", w -> w.walkthroughBar().root(), w -> w.walkthrough().next()),
            new Step("tour.reveal", w -> w.walkthroughBar().root(), w -> w.walkthrough().revealProperty().set(true)),
            new Step("tour.explain", w -> w.explain().root(), Tour::explainCurrentStage),
            new Step("tour.gradient", w -> w.explain().root(), w -> w.gradientCheck().open()),
            new Step("tour.done", w -> w.walkthroughBar().root(), w -> w.walkthrough().revealProperty().set(false)));

    private final MainWindow window;
    private final Label text = new Label();
    private final Button back = new Button(Texts.get("tour.back"));
    private final Button next = new Button(Texts.get("tour.next"));
    private final Stage stage;
    private int at = -1;
    private Node lit;

    private Tour(MainWindow window) {
        this.window = window;
        text.setWrapText(true);
        text.setId("tourText");
        back.setOnAction(e -> go(at - 1));
        next.setId("tourNext");
        next.setOnAction(e -> {
            if (at == STEPS.size() - 1) {
                close();
            } else {
                go(at + 1);
            }
        });
        HBox buttons = new HBox(6, back, next);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox content = new VBox(10, text, buttons);
        content.setPadding(new Insets(12));
        stage = ClosableWindow.create(window.stage(), Texts.get("tour.title"), content, 420, 220);
        stage.setOnHidden(e -> unlight());
    }

    /** Starts the tour; on a workbook that is not a lesson it first opens the MLP lesson. */
    static Tour start(MainWindow window) {
        if (window.document().lesson() == null) {
            if (!window.files().confirmDiscard()) {
                return null;
            }
            window.show(Document.ofLesson("mlp", new LessonOptions(1)));
        }
        Tour tour = new Tour(window);
        tour.stage.show();
        tour.stage.setX(window.stage().getX() + Math.max(0, window.stage().getWidth() - 460));
        tour.stage.setY(window.stage().getY() + Math.max(0, window.stage().getHeight() - 300));
        tour.go(0);
        return tour;
    }

    /** Shows step {@code index}: its text, its outline, and what it does. */
    void go(int index) {
        if (index < 0 || index >= STEPS.size()) {
            return;
        }
        at = index;
        Step step = STEPS.get(index);
        text.setText(Texts.get(step.key()));
        back.setDisable(index == 0);
        next.setText(Texts.get(index == STEPS.size() - 1 ? "tour.finish" : "tour.next"));
        unlight();
        lit = step.target().apply(window);
        lit.getStyleClass().add(HIGHLIGHT);
        step.action().accept(window);
    }

    void close() {
        stage.close();
    }

    int step() {
        return at;
    }

    Stage stage() {
        return stage;
    }

    private void unlight() {
        if (lit != null) {
            lit.getStyleClass().remove(HIGHLIGHT);
        }
    }

    /** Selects the first cell of the current stage, so the Explain panel shows its equation and numbers. */
    private static void explainCurrentStage(MainWindow window) {
        var stage = window.walkthrough().currentStage();
        if (stage != null && !stage.cells().isEmpty() && window.current() != null) {
            var first = stage.cells().get(0);
            window.current().select(first.top(), first.left());
        }
    }
}
