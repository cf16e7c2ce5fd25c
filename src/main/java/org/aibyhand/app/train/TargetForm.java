package org.aibyhand.app.train;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.walkthrough.GradientCheck;
import org.aibyhand.engine.walkthrough.Ranges;
import org.aibyhand.i18n.Texts;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.train.TrainingTarget;

/**
 * What to train, as the gradient check asks it: the loss cell, the parameter ranges and their gradient ranges
 * (addresses or names, separated by ';', each gradient in its parameters' shape or transposed). A lesson fills the
 * fields in with its names.
 */
final class TargetForm {
    private final TextField loss = field("trainLoss");
    private final TextField parameters = field("trainParameters");
    private final TextField gradients = field("trainGradients");
    private final GridPane root = new GridPane();

    TargetForm(Relabel texts) {
        texts.prompt(loss, "train.panel.lossPrompt");
        texts.prompt(parameters, "train.panel.parametersPrompt");
        texts.prompt(gradients, "train.panel.gradientsPrompt");
        root.setHgap(6);
        root.setVgap(4);
        root.addRow(0, FixedLabel.of(texts, "train.panel.loss"), loss);
        root.addRow(1, FixedLabel.of(texts, "train.panel.parameters"), parameters);
        root.addRow(2, FixedLabel.of(texts, "train.panel.gradients"), gradients);
    }

    /** Calls {@code listener} whenever the user changes what to train. */
    void onEdited(Runnable listener) {
        for (TextField field : new TextField[] {loss, parameters, gradients}) {
            field.textProperty().addListener((o, was, now) -> listener.run());
        }
    }

    GridPane root() {
        return root;
    }

    /** The lesson's own names, or empty fields for a workbook the user describes. */
    void fill(Lesson lesson) {
        if (lesson == null) {
            loss.clear();
            parameters.clear();
            gradients.clear();
            return;
        }
        List<String> names = lesson.gradients().keySet().stream().sorted().toList();
        loss.setText(lesson.loss());
        parameters.setText(String.join("; ", names));
        gradients.setText(String.join("; ", names.stream().map(lesson.gradients()::get).toList()));
    }

    /** The target the fields name; IllegalArgumentException with a message to show when they do not name one. */
    TrainingTarget target(Workbook book, Sheet here) {
        if (loss.getText().isBlank() || parameters.getText().isBlank() || gradients.getText().isBlank()) {
            throw new IllegalArgumentException(Texts.get("train.error.target"));
        }
        String[] params = parameters.getText().split(";");
        String[] grads = gradients.getText().split(";");
        if (params.length != grads.length) {
            throw new IllegalArgumentException(Texts.get("train.error.pairs", params.length, grads.length));
        }
        List<GradientCheck.Target> targets = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < params.length; i++) {
            ReferenceValue p = Ranges.resolve(book, here, params[i]);
            targets.add(new GradientCheck.Target(p, Ranges.resolve(book, here, grads[i])));
            names.add(params[i].strip());
        }
        ReferenceValue lossCell = Ranges.resolve(book, here, loss.getText());
        return TrainingTarget.of(book, new GradientCheck.Request(lossCell, targets), names);
    }


    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(16);
        return field;
    }
}
