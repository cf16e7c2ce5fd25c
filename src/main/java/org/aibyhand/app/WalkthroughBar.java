package org.aibyhand.app;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.aibyhand.engine.book.Plan;
import org.aibyhand.i18n.Texts;

/**
 * The step player: first, back, play/pause, forward and last buttons, a speed slider, the reveal switch and a
 * timeline of the stages by name. Arrow keys step while the bar has focus; a stage's context menu edits the
 * plan ({@link PlanMenu}).
 */
final class WalkthroughBar {
    private final HBox root = new HBox(6);
    private final HBox timeline = new HBox(4);
    private final ScrollPane timelineScroll = new ScrollPane(timeline);
    private final Button play = button(Texts.get("window.walk.play"), Texts.get("window.walk.play.tip"));
    private final Label position = new Label();
    private final CheckBox reveal = new CheckBox(Texts.get("window.walk.reveal"));
    private final Slider speed = new Slider(0.5, 6, 2);
    private final List<ToggleButton> chips = new ArrayList<>();
    private final MainWindow window;
    private Walkthrough walkthrough;
    private Timeline player;

    WalkthroughBar(MainWindow window) {
        this.window = window;
        Button first = button("|◀", Texts.get("window.walk.first.tip"));
        Button back = button("◀", Texts.get("window.walk.back.tip"));
        Button forward = button("▶", Texts.get("window.walk.forward.tip"));
        Button last = button("▶|", Texts.get("window.walk.last.tip"));
        first.setId("stageFirst");
        back.setId("stageBack");
        forward.setId("stageForward");
        last.setId("stageLast");
        play.setId("stagePlay");
        first.setOnAction(e -> walkthrough.first());
        back.setOnAction(e -> walkthrough.previous());
        forward.setOnAction(e -> walkthrough.next());
        last.setOnAction(e -> walkthrough.last());
        play.setOnAction(e -> togglePlay());
        reveal.setId("revealMode");
        reveal.setTooltip(new Tooltip(Texts.get("window.walk.reveal.tip")));
        speed.setId("playSpeed");
        speed.setPrefWidth(90);
        speed.setTooltip(new Tooltip(Texts.get("window.walk.speed.tip")));
        position.setId("stagePosition");
        position.setMinWidth(90);
        timeline.setAlignment(Pos.TOP_LEFT);
        timeline.getStyleClass().add("stage-timeline");
        timelineScroll.setFitToHeight(false);
        timelineScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        timelineScroll.setId("timeline");
        timelineScroll.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // chips stay whole at any text size
        HBox.setHgrow(timelineScroll, javafx.scene.layout.Priority.ALWAYS);
        root.getChildren().addAll(first, back, play, forward, last, new Label(Texts.get("window.walk.speed")), speed, reveal, position,
                timelineScroll);
        // the timeline gives way when the window is narrow; the controls keep their size
        root.getChildren().stream().filter(node -> node != timelineScroll && node instanceof javafx.scene.control.Control)
                .forEach(node -> ((javafx.scene.control.Control) node).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(2, 4, 2, 4));
        root.getStyleClass().add("walkthrough-bar");
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
    }

    HBox root() {
        return root;
    }

    /** Shows another document's walkthrough. */
    void bind(Walkthrough next) {
        stop();
        if (walkthrough != null) {
            reveal.selectedProperty().unbindBidirectional(walkthrough.revealProperty());
            walkthrough.secondsPerStageProperty().unbind();
        }
        walkthrough = next;
        reveal.selectedProperty().bindBidirectional(next.revealProperty());
        next.secondsPerStageProperty().bind(speed.valueProperty());
        next.planProperty().addListener((o, was, now) -> {
            if (walkthrough == next) {
                rebuild(now);
            }
        });
        next.currentProperty().addListener((o, was, now) -> {
            if (walkthrough == next) {
                showCurrent();
            }
        });
        rebuild(next.plan());
    }

    private void rebuild(Plan plan) {
        timeline.getChildren().clear();
        chips.clear();
        for (int i = 0; i < plan.size(); i++) {
            int index = i;
            ToggleButton chip = new ToggleButton((i + 1) + ". " + plan.stage(i).title());
            chip.getStyleClass().add("stage-chip");
            chip.setId("stage" + (i + 1));
            chip.setOnAction(e -> walkthrough.goTo(index));
            chip.setContextMenu(PlanMenu.create(window, walkthrough, index));
            chips.add(chip);
            timeline.getChildren().add(chip);
        }
        showCurrent();
    }

    private void showCurrent() {
        int at = walkthrough.current();
        for (int i = 0; i < chips.size(); i++) {
            ToggleButton chip = chips.get(i);
            chip.setSelected(i == at);
            chip.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("reached"), i < at);
        }
        int size = walkthrough.plan().size();
        position.setText(size == 0 ? Texts.get("window.walk.none") : at < 0 ? Texts.get("window.walk.count", size)
                : Texts.get("window.walk.position", at + 1, size));
        if (at >= 0 && at < chips.size()) {
            ToggleButton chip = chips.get(at);
            double x = chip.getBoundsInParent().getMinX();
            double width = timeline.getWidth() - timelineScroll.getViewportBounds().getWidth();
            if (width > 0) {
                timelineScroll.setHvalue(Math.min(1, x / width));
            }
        }
    }

    /** Arrow keys step while a control of the bar has focus; Home and End jump. */
    private void pressed(KeyEvent event) {
        KeyCode code = event.getCode();
        if (code == KeyCode.RIGHT || code == KeyCode.DOWN) {
            walkthrough.next();
        } else if (code == KeyCode.LEFT || code == KeyCode.UP) {
            walkthrough.previous();
        } else if (code == KeyCode.HOME) {
            walkthrough.first();
        } else if (code == KeyCode.END) {
            walkthrough.last();
        } else {
            return;
        }
        event.consume();
    }

    void togglePlay() {
        if (player != null) {
            stop();
            return;
        }
        if (walkthrough.current() >= walkthrough.plan().size() - 1) {
            walkthrough.goTo(-1);
        }
        player = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            if (!walkthrough.next()) {
                stop();
            }
        }));
        player.setCycleCount(Timeline.INDEFINITE);
        player.rateProperty().bind(speed.valueProperty().map(seconds -> 1 / seconds.doubleValue()));
        walkthrough.playingProperty().set(true);
        play.setText(Texts.get("window.walk.pause"));
        walkthrough.next();
        player.play();
    }

    void stop() {
        if (player != null) {
            player.stop();
            player = null;
        }
        if (walkthrough != null) {
            walkthrough.playingProperty().set(false);
        }
        play.setText(Texts.get("window.walk.play"));
    }

    private static Button button(String text, String tip) {
        Button button = new Button(text);
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(true);
        return button;
    }
}
