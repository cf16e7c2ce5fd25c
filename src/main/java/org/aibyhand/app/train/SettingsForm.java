package org.aibyhand.app.train;

import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.aibyhand.i18n.Texts;
import org.aibyhand.train.Hyperparameters;
import org.aibyhand.train.OptimizerKind;

/**
 * The optimizer, its settings and the number of steps a run takes. Picking an optimizer fills in its usual
 * settings; the fields are read when a step or run starts, and a field that is not a number is one message.
 */
final class SettingsForm {
    /** The most steps one run takes; a run can always be started again. */
    static final int MAX_STEPS = 1_000_000;

    private final ComboBox<OptimizerKind> optimizer = new ComboBox<>(FXCollections.observableArrayList(OptimizerKind.values()));
    private final TextField rate = field("trainRate");
    private final TextField beta1 = field("trainBeta1");
    private final TextField beta2 = field("trainBeta2");
    private final TextField epsilon = field("trainEpsilon");
    private final TextField steps = field("trainSteps");
    private final GridPane root = new GridPane();

    SettingsForm(Relabel texts) {
        optimizer.setId("trainOptimizer");
        optimizer.setCellFactory(list -> new NameCell());
        texts.always(() -> optimizer.setButtonCell(new NameCell()));
        optimizer.valueProperty().addListener((o, was, now) -> fill(Hyperparameters.defaults(now)));
        optimizer.setValue(OptimizerKind.SGD);
        steps.setText("500");
        root.setHgap(6);
        root.setVgap(4);
        root.addRow(0, FixedLabel.of(texts, "train.panel.optimizer"), optimizer);
        root.addRow(1, FixedLabel.of(texts, "train.sheet.rate"), rate);
        root.addRow(2, FixedLabel.of(texts, "train.sheet.beta1"), beta1);
        root.addRow(3, FixedLabel.of(texts, "train.sheet.beta2"), beta2);
        root.addRow(4, FixedLabel.of(texts, "train.sheet.epsilon"), epsilon);
        root.addRow(5, FixedLabel.of(texts, "train.panel.steps"), steps);
    }

    GridPane root() {
        return root;
    }

    void select(OptimizerKind kind) {
        optimizer.setValue(kind);
    }

    /** The settings as typed; IllegalArgumentException with a message to show when one is not right. */
    Hyperparameters settings() {
        return new Hyperparameters(optimizer.getValue(), number(rate, "train.sheet.rate"), number(beta1, "train.sheet.beta1"),
                number(beta2, "train.sheet.beta2"), number(epsilon, "train.sheet.epsilon"));
    }

    /** The steps of a run, 1 … {@link #MAX_STEPS}. */
    int steps() {
        double value = number(steps, "train.panel.steps");
        if (value != Math.rint(value) || value < 1 || value > MAX_STEPS) {
            throw new IllegalArgumentException(Texts.get("train.error.steps", MAX_STEPS));
        }
        return (int) value;
    }

    void setSteps(int count) {
        steps.setText(Integer.toString(count));
    }

    void setRate(double value) {
        rate.setText(Double.toString(value));
    }

    private void fill(Hyperparameters defaults) {
        rate.setText(Double.toString(defaults.learningRate()));
        beta1.setText(Double.toString(defaults.beta1()));
        beta2.setText(Double.toString(defaults.beta2()));
        epsilon.setText(Double.toString(defaults.epsilon()));
        beta1.setDisable(defaults.kind() == OptimizerKind.SGD || defaults.kind() == OptimizerKind.RMSPROP);
        beta2.setDisable(defaults.kind() == OptimizerKind.SGD || defaults.kind() == OptimizerKind.MOMENTUM);
        epsilon.setDisable(defaults.kind() == OptimizerKind.SGD || defaults.kind() == OptimizerKind.MOMENTUM);
    }

    private static double number(TextField field, String nameKey) {
        try {
            return Double.parseDouble(field.getText().strip());
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(Texts.get("train.error.notNumber", Texts.get(nameKey)));
        }
    }


    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(8);
        return field;
    }

    /** An optimizer shown by its name in the current language. */
    private static final class NameCell extends ListCell<OptimizerKind> {
        @Override
        protected void updateItem(OptimizerKind kind, boolean empty) {
            super.updateItem(kind, empty);
            setText(empty || kind == null ? null : Texts.get("train.optimizer." + kind.id()));
        }
    }
}
