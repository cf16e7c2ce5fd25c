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
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;

/** File > New lesson...: the model, its sizes and the seed, with the same choices as the lesson command. */
final class NewLessonDialog {
    /** What the teacher chose. */
    record Choice(String kind, LessonOptions options) {
    }

    private final Dialog<Choice> dialog = new Dialog<>();
    private final ChoiceBox<String> kind = new ChoiceBox<>();
    private final Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, 1);
    private final CheckBox zeroOrderHold = new CheckBox("zero-order hold B̄ (compare with Euler)");
    private final Map<String, Spinner<Integer>> sizes = new LinkedHashMap<>();
    private final GridPane form = new GridPane();

    NewLessonDialog(Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle("New lesson");
        dialog.setHeaderText("A lesson is a workbook of formulas: edit any input or weight and watch every value "
                + "and gradient follow.");
        kind.getItems().addAll(Lessons.KINDS);
        kind.setValue("mlp");
        kind.valueProperty().addListener((o, was, now) -> layout());
        seed.setEditable(true);
        form.setHgap(8);
        form.setVgap(6);
        layout();
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? choice() : null);
    }

    Optional<Choice> ask() {
        return dialog.showAndWait();
    }

    /** The form for the chosen kind: its sizes with their defaults. */
    private void layout() {
        form.getChildren().clear();
        sizes.clear();
        form.addRow(0, new Label("Model"), kind);
        int row = 1;
        for (Lessons.Size size : Lessons.sizes(kind.getValue())) {
            Spinner<Integer> spinner = new Spinner<>(1, 100_000, size.defaultValue());
            spinner.setEditable(true);
            sizes.put(size.name(), spinner);
            form.addRow(row++, new Label(size.name()), spinner);
        }
        form.addRow(row++, new Label("seed"), seed);
        if (kind.getValue().equals("mamba")) {
            form.add(zeroOrderHold, 1, row);
        }
        if (dialog.getDialogPane().getScene() != null) {
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    private Choice choice() {
        LessonOptions options = new LessonOptions(seed.getValue());
        sizes.forEach((name, spinner) -> options.with(name, spinner.getValue()));
        if (kind.getValue().equals("mamba") && zeroOrderHold.isSelected()) {
            options.withFlag("zoh");
        }
        return new Choice(kind.getValue(), options);
    }
}
