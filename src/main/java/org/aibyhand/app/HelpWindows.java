package org.aibyhand.app;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.aibyhand.i18n.Texts;
import org.aibyhand.lesson.LessonKind;
import org.aibyhand.lesson.Lessons;

/** Help > Keyboard Shortcuts, Lesson Equations and About: plain text windows from the {@code help} bundle. */
final class HelpWindows {
    /** The shortcuts listed, in the order a teacher meets them; each has help.key.NAME and help.does.NAME. */
    static final String[] SHORTCUTS = {"step", "jump", "play", "reveal", "explain", "gradient", "exercise", "zoom",
        "presentation", "edit", "undo", "find", "lesson", "open", "save", "help"};

    private HelpWindows() {
    }

    static Stage shortcuts(Window owner) {
        GridPane table = new GridPane();
        table.setHgap(16);
        table.setVgap(6);
        table.setPadding(new Insets(12));
        for (int i = 0; i < SHORTCUTS.length; i++) {
            Label key = new Label(Texts.get("help.key." + SHORTCUTS[i]));
            key.setStyle("-fx-font-weight: bold;");
            Label does = new Label(Texts.get("help.does." + SHORTCUTS[i]));
            does.setWrapText(true);
            table.addRow(i, key, does);
        }
        return show(owner, Texts.get("help.shortcuts.title"), table, 640, 560);
    }

    /** Every lesson's equations, under its title. */
    static Stage equations(Window owner) {
        VBox list = new VBox(10);
        list.setPadding(new Insets(12));
        for (LessonKind lesson : Lessons.ALL) {
            if (!Texts.has("help.equations." + lesson.kind())) {
                continue;
            }
            Label title = new Label(lesson.localTitle());
            title.setStyle("-fx-font-weight: bold; -fx-font-size: 1.1em;");
            Label equations = new Label(Texts.get("help.equations." + lesson.kind()));
            equations.setWrapText(true);
            list.getChildren().addAll(title, equations);
        }
        return show(owner, Texts.get("help.equations.title"), list, 720, 600);
    }

    static Stage about(Window owner) {
        Label text = new Label(Texts.get("help.about.text"));
        text.setWrapText(true);
        VBox box = new VBox(text);
        box.setPadding(new Insets(16));
        return show(owner, Texts.get("help.about.title"), box, 480, 260);
    }

    private static Stage show(Window owner, String title, javafx.scene.Node content, double width, double height) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        Stage stage = ClosableWindow.create(owner, title, scroll, width, height);
        stage.show();
        return stage;
    }
}
