package org.aibyhand.app;

import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.aibyhand.lesson.compare.ComparedModel;
import org.aibyhand.lesson.compare.Comparison;
import org.aibyhand.lesson.compare.Measurement;
import org.aibyhand.i18n.Texts;

/**
 * Walkthrough > Compare Models...: the same input sequence through RNN, LSTM, GRU, attention and Mamba as T
 * doubles, measured by the engine in the background ({@link Comparison}), with log-log charts of the formula
 * cells, the critical path and the recalculation time, and the table with each model's growth exponents.
 */
final class CompareWindow {
    private final Stage stage = new Stage();
    private final ChoiceBox<Integer> upTo = new ChoiceBox<>();
    private final Button run = new Button(Texts.get("dialog.compare.measure"));
    private final Label progress = new Label(Texts.get("dialog.compare.hint"));
    private final TextArea table = new TextArea();
    private final List<LineChart<Number, Number>> charts = List.of(chart(Texts.get("dialog.compare.cells")),
            chart(Texts.get("dialog.compare.depth")), chart(Texts.get("dialog.compare.millis")));
    private final List<ToDoubleFunction<Measurement>> quantities = List.of(Measurement::formulaCells, Measurement::depth,
            Measurement::recalcMillis);

    CompareWindow(Window owner) {
        stage.initOwner(owner);
        stage.setTitle(Texts.get("dialog.compare.title"));
        upTo.getItems().addAll(64, 256, 1_024, 4_096);
        upTo.setValue(256);
        upTo.setId("compareUpTo");
        run.setId("compareRun");
        run.setOnAction(e -> measure());
        table.setId("compareTable");
        table.setEditable(false);
        table.setFont(Font.font("Monospaced", 12));
        HBox controls = new HBox(8, new Label("T = 8 … "), upTo, run, progress);
        HBox plots = new HBox(4);
        for (LineChart<Number, Number> chart : charts) {
            HBox.setHgrow(chart, Priority.ALWAYS);
            plots.getChildren().add(chart);
        }
        VBox root = new VBox(8, controls, plots, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setPadding(new Insets(8));
        stage.setScene(new Scene(ClosableWindow.withCloseButton(stage, root), 1200, 760));
        ClosableWindow.closeOnEscape(stage);
    }

    void show() {
        stage.show();
    }

    /** The window's content, for tests and screenshots. */
    javafx.scene.Parent root() {
        return stage.getScene().getRoot();
    }

    private void measure() {
        run.setDisable(true);
        int longest = upTo.getValue();
        Task<Comparison> task = new Task<>() {
            @Override
            protected Comparison call() {
                return Comparison.run(ComparedModel.ALL, 8, longest, 3, m -> Platform.runLater(
                        () -> progress.setText(Texts.get("dialog.compare.progress", m.model(), m.steps(), m.formulaCells()))));
            }
        };
        task.setOnSucceeded(e -> {
            show(task.getValue());
            run.setDisable(false);
        });
        task.setOnFailed(e -> {
            progress.setText(Texts.get("dialog.compare.failed", task.getException()));
            run.setDisable(false);
        });
        Thread worker = new Thread(task, "ai-by-hand-compare");
        worker.setDaemon(true);
        worker.start();
    }

    /** Each quantity against T on log₁₀ axes, one series per model, and the table below. */
    private void show(Comparison comparison) {
        for (int k = 0; k < charts.size(); k++) {
            charts.get(k).getData().clear();
            for (String model : comparison.models()) {
                XYChart.Series<Number, Number> series = new XYChart.Series<>();
                series.setName(model);
                for (Measurement m : comparison.of(model)) {
                    double value = quantities.get(k).applyAsDouble(m);
                    if (value > 0) {
                        series.getData().add(new XYChart.Data<>(Math.log10(m.steps()), Math.log10(value)));
                    }
                }
                charts.get(k).getData().add(series);
            }
        }
        table.setText(comparison.table());
        progress.setText(Texts.get("dialog.compare.done", comparison.measurements().size()));
    }

    private static LineChart<Number, Number> chart(String quantity) {
        NumberAxis steps = new NumberAxis();
        steps.setLabel(Texts.get("dialog.compare.logT"));
        steps.setForceZeroInRange(false);
        NumberAxis values = new NumberAxis();
        values.setLabel(Texts.get("dialog.compare.logOf", quantity));
        values.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(steps, values);
        chart.setTitle(quantity);
        chart.setAnimated(false);
        return chart;
    }
}
