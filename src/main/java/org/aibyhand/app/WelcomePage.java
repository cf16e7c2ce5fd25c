package org.aibyhand.app;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.aibyhand.i18n.Texts;
import org.aibyhand.lesson.LessonKind;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;

/**
 * The first thing a new teacher sees: every lesson as a picture and one line (a click opens it), the files
 * opened lately, a button to open any workbook and one to take the tour. File > Welcome Page brings it back.
 */
final class WelcomePage {
    private WelcomePage() {
    }

    /** Opens the page over the main window and returns its stage. */
    static Stage show(MainWindow window) {
        VBox content = new VBox(12);
        content.setPadding(new Insets(16));
        content.setId("welcomePage");
        Label heading = new Label(Texts.get("welcome.heading"));
        heading.setStyle("-fx-font-size: 1.6em; -fx-font-weight: bold;");
        Label intro = new Label(Texts.get("welcome.intro"));
        intro.setWrapText(true);
        Stage[] stage = new Stage[1];
        FlowPane gallery = new FlowPane(12, 12);
        for (LessonKind lesson : Lessons.ALL) {
            gallery.getChildren().add(tile(lesson, () -> {
                stage[0].close();
                open(window, lesson.kind());
            }));
        }
        Button openFile = new Button(Texts.get("welcome.open"));
        openFile.setId("welcomeOpen");
        openFile.setOnAction(e -> {
            stage[0].close();
            window.files().open();
        });
        Button tour = new Button(Texts.get("welcome.tour"));
        tour.setId("welcomeTour");
        tour.setOnAction(e -> {
            stage[0].close();
            Tour.start(window);
        });
        content.getChildren().addAll(heading, intro, new Label(Texts.get("welcome.lessons")), gallery,
                new HBox(8, openFile, tour), recent(window, () -> stage[0].close()));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        stage[0] = ClosableWindow.create(window.stage(), Texts.get("welcome.title"), scroll, 840, 720);
        stage[0].show();
        return stage[0];
    }

    /** Builds a lesson with its default sizes and shows it, unless unsaved changes say otherwise. */
    static void open(MainWindow window, String kind) {
        if (window.files().confirmDiscard()) {
            window.show(Document.ofLesson(kind, new LessonOptions(1)));
        }
    }

    private static VBox tile(LessonKind lesson, Runnable open) {
        ImageView picture = new ImageView();
        var stream = WelcomePage.class.getResourceAsStream("thumbnails/" + lesson.kind() + ".png");
        if (stream != null) {
            picture.setImage(new Image(stream));
        }
        Button button = new Button(lesson.localTitle(), picture);
        button.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        button.setId("welcomeLesson-" + lesson.kind());
        button.setOnAction(e -> open.run());
        button.setMaxWidth(Double.MAX_VALUE);
        button.setWrapText(true);
        button.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        Label line = new Label(lesson.summary());
        line.setWrapText(true);
        VBox tile = new VBox(4, button, line);
        tile.setPrefWidth(240);
        tile.setAlignment(Pos.TOP_CENTER);
        return tile;
    }

    private static VBox recent(MainWindow window, Runnable close) {
        VBox box = new VBox(2, new Label(Texts.get("welcome.recent")));
        List<Path> files = RecentFiles.forUser().list();
        if (files.isEmpty()) {
            box.getChildren().add(new Label(Texts.get("welcome.noRecent")));
        }
        for (Path file : files) {
            Hyperlink link = new Hyperlink(FileActions.recentLabel(file));
            link.setOnAction(e -> {
                close.run();
                window.files().openRecent(file);
            });
            box.getChildren().add(link);
        }
        return box;
    }
}
