package org.aibyhand.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.aibyhand.engine.book.Plan;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.walkthrough.Exercise;
import org.aibyhand.engine.walkthrough.ExerciseSummary;
import org.aibyhand.engine.walkthrough.SelfCheckWords;
import org.aibyhand.xlsx.LoadedWorkbook;
import org.aibyhand.xlsx.XlsxReader;
import org.aibyhand.xlsx.XlsxWriter;
import org.aibyhand.i18n.Texts;

/**
 * Export Exercise: the teacher ticks the stages students fill in and a tolerance; a copy is saved with those
 * cells blank and self-check cells saying CORRECT, INCORRECT or NOT DONE. The open workbook is not changed:
 * the copy is written, read back and blanked on its own, so the file keeps everything the original had.
 */
final class ExerciseDialog {
    private ExerciseDialog() {
    }

    /** What the teacher chose: the stages to blank and the tolerance; the plan they were chosen from goes along. */
    record Choice(List<Stage> stages, double tolerance, Plan plan) {
    }

    static Optional<Choice> ask(MainWindow window, Plan plan) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(window.stage());
        dialog.setTitle(Texts.get("dialog.exercise.title"));
        dialog.setHeaderText(Texts.get("dialog.exercise.header"));
        List<CheckBox> boxes = new ArrayList<>();
        VBox list = new VBox(4);
        for (int i = 0; i < plan.size(); i++) {
            CheckBox box = new CheckBox((i + 1) + ". " + plan.stage(i).title());
            box.setId("exerciseStage" + (i + 1));
            boxes.add(box);
            list.getChildren().add(box);
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setPrefViewportHeight(260);
        TextField tolerance = new TextField("0.001");
        tolerance.setId("exerciseTolerance");
        Label note = new Label(Texts.get("dialog.exercise.note"));
        VBox content = new VBox(8, scroll, new HBox(6, new Label(Texts.get("dialog.exercise.tolerance")), tolerance), note);
        content.setPadding(new Insets(6));
        dialog.getDialogPane().setContent(content);
        ButtonType okButton = DialogButtons.ok();
        dialog.getDialogPane().getButtonTypes().addAll(okButton, DialogButtons.cancel());
        var ok = dialog.getDialogPane().lookupButton(okButton);
        ok.setId("exerciseOk");
        Runnable validate = () -> ok.setDisable(boxes.stream().noneMatch(CheckBox::isSelected)
                || parse(tolerance.getText()) == null);
        boxes.forEach(b -> b.selectedProperty().addListener((o, was, now) -> validate.run()));
        tolerance.textProperty().addListener((o, was, now) -> validate.run());
        validate.run();
        dialog.setResultConverter(button -> {
            if (button != okButton) {
                return null;
            }
            List<Stage> chosen = new ArrayList<>();
            for (int i = 0; i < boxes.size(); i++) {
                if (boxes.get(i).isSelected()) {
                    chosen.add(plan.stage(i));
                }
            }
            return new Choice(chosen, parse(tolerance.getText()), plan);
        });
        return dialog.showAndWait();
    }

    /** The self-check table's words in the interface's language. */
    static SelfCheckWords words() {
        return new SelfCheckWords(Texts.get("exercise.title"), Texts.get("exercise.cell"), Texts.get("exercise.stage"),
                Texts.get("exercise.check"), Texts.get("exercise.notDone"), Texts.get("exercise.correct"),
                Texts.get("exercise.incorrect"), Texts.get("exercise.summary"));
    }

    private static Double parse(String text) {
        try {
            double value = Double.parseDouble(text.strip());
            return value > 0 && value < 1 ? value : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** Writes the exercise (off the UI thread): the document as it is, read back, blanked, saved to target. */
    static ExerciseSummary write(Document document, Choice choice, Path target) throws Exception {
        Path copy = Files.createTempFile("ai-by-hand-exercise", ".xlsx");
        try {
            document.write(copy);
            LoadedWorkbook loaded = XlsxReader.read(copy);
            if (loaded.workbook().plan().isEmpty()) {
                loaded.workbook().setPlan(choice.plan()); // saved, so the self-check table never becomes a stage
            }
            ExerciseSummary summary = Exercise.apply(loaded.workbook(), choice.stages(), choice.tolerance(), words());
            XlsxWriter.write(loaded.workbook(), loaded, target);
            return summary;
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
