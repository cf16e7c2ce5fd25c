package org.aibyhand.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.aibyhand.lesson.LessonKind;
import org.aibyhand.lesson.LessonOption;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;
import org.aibyhand.i18n.Texts;

/** File > New lesson...: the model, its sizes and the seed, with the same choices as the lesson command. */
final class NewLessonDialog {
    /** What the teacher chose. */
    record Choice(String kind, LessonOptions options) {
    }

    private final Dialog<Choice> dialog = new Dialog<>();
    private final ChoiceBox<String> kind = new ChoiceBox<>();
    private final Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, 1);
    private final Map<String, Spinner<Integer>> sizes = new LinkedHashMap<>();
    private final Map<String, CheckBox> switches = new LinkedHashMap<>();
    private final GridPane form = new GridPane();

    NewLessonDialog(Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle(Texts.get("dialog.lesson.title"));
        dialog.setHeaderText(Texts.get("dialog.lesson.header"));
        kind.getItems().addAll(Lessons.KINDS);
        kind.setValue(Lessons.KINDS.get(0));
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : Lessons.of(code).localTitle();
            }

            @Override
            public String fromString(String title) {
                return Lessons.KINDS.stream().filter(code -> toString(code).equals(title)).findFirst().orElse(null);
            }
        });
        kind.valueProperty().addListener((o, was, now) -> layout());
        seed.setEditable(true);
        form.setHgap(8);
        form.setVgap(6);
        layout();
        dialog.getDialogPane().setContent(form);
        ButtonType ok = DialogButtons.ok();
        dialog.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel());
        dialog.setResultConverter(button -> button == ok ? choice() : null);
    }

    Optional<Choice> ask() {
        return dialog.showAndWait();
    }

    /** The form for the chosen kind: its sizes with their defaults and limits, then its switches. */
    private void layout() {
        form.getChildren().clear();
        sizes.clear();
        switches.clear();
        form.addRow(0, new Label(Texts.get("dialog.lesson.model")), kind);
        int row = 1;
        LessonKind lesson = Lessons.of(kind.getValue());
        for (LessonOption option : lesson.options()) {
            if (option.flag()) {
                CheckBox box = new CheckBox(lesson.localMeaning(option));
                switches.put(option.name(), box);
                form.add(box, 1, row++);
            } else {
                Spinner<Integer> spinner = new Spinner<>(option.min(), option.max(), option.defaultValue());
                spinner.setEditable(true);
                sizes.put(option.name(), spinner);
                form.addRow(row++, new Label(option.name() + " (" + lesson.localMeaning(option) + ")"), spinner);
            }
        }
        form.addRow(row, new Label(Texts.get("dialog.lesson.seed")), seed);
        if (dialog.getDialogPane().getScene() != null) {
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    private Choice choice() {
        LessonOptions options = new LessonOptions(seed.getValue());
        sizes.forEach((name, spinner) -> options.with(name, spinner.getValue()));
        switches.forEach((name, box) -> {
            if (box.isSelected()) {
                options.withFlag(name);
            }
        });
        return new Choice(kind.getValue(), options);
    }
}
