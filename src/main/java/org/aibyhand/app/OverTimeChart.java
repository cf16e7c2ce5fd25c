package org.aibyhand.app;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.lesson.OverTime;
import org.aibyhand.lesson.TimeSeries;
import org.aibyhand.i18n.Texts;

/**
 * For RNN and Mamba lessons: each hidden-state component over t, redrawn after every edit; in reveal mode the
 * steps whose cells the grid still hides are left out, so the chart gives away no more than the grid. Picking a step (a
 * click on the chart or the slider) tints that step's cells in the grid and scrolls to them.
 */
final class OverTimeChart {
    /** Beyond this many components the chart shows the first ones only; a legend of hundreds helps no one. */
    static final int MAX_SERIES = 12;
    /** The most steps whose points are drawn as dots. */
    static final int MAX_SYMBOLS = 60;
    /** The most points a line is drawn with. */
    static final int MAX_POINTS = 500;

    private final NumberAxis time = new NumberAxis();
    private final NumberAxis state = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(time, state);
    private final Slider step = new Slider(1, 2, 1);
    private final Label picked = new Label();
    private final VBox root = new VBox(4);
    private final MainWindow window;
    private OverTime overTime;
    private Sheet sheet;

    OverTimeChart(MainWindow window) {
        this.window = window;
        time.setLabel(Texts.get("window.overTime.t"));
        time.setForceZeroInRange(false);
        state.setLabel(Texts.get("window.overTime.state"));
        chart.setId("overTimeChart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        VBox.setVgrow(chart, Priority.ALWAYS);
        step.setId("timeStep");
        step.setMajorTickUnit(1);
        step.setMinorTickCount(0);
        step.setSnapToTicks(true);
        step.setShowTickMarks(true);
        step.valueProperty().addListener((o, was, now) -> pick((int) Math.round(now.doubleValue())));
        chart.setOnMouseClicked(e -> {
            var inAxis = time.sceneToLocal(e.getSceneX(), e.getSceneY());
            double t = time.getValueForDisplay(inAxis.getX()).doubleValue();
            step.setValue(Math.max(1, Math.min(overTime.stepCount(), Math.round(t))));
        });
        picked.setId("timeStepPicked");
        HBox stepRow = new HBox(6, new Label(Texts.get("window.overTime.step")), step, picked);
        HBox.setHgrow(step, Priority.ALWAYS);
        root.setPadding(new Insets(6));
        root.getChildren().addAll(chart, stepRow);
    }

    VBox root() {
        return root;
    }

    /** Shows a lesson's state over time (the lesson is on its workbook's first sheet). */
    void show(OverTime lessonOverTime, Sheet lessonSheet) {
        overTime = lessonOverTime;
        sheet = lessonSheet;
        step.setMax(Math.max(2, overTime.stepCount()));
        time.setAutoRanging(false);
        time.setLowerBound(1);
        time.setUpperBound(Math.max(2, overTime.stepCount()));
        time.setTickUnit(Math.max(1, Math.ceil(overTime.stepCount() / 10.0)));
        step.setValue(1);
        refresh();
    }

    /** Redraws the series from the cells' current values, leaving out the steps reveal mode still hides. */
    void refresh() {
        if (overTime == null) {
            return;
        }
        List<TimeSeries> series = overTime.series();
        chart.getData().clear();
        // a dot per step helps to read a few steps; hundreds of them are a node each and only hide the line
        chart.setCreateSymbols(series.isEmpty() || series.get(0).cells().size() <= MAX_SYMBOLS);
        for (TimeSeries component : series.subList(0, Math.min(MAX_SERIES, series.size()))) {
            XYChart.Series<Number, Number> line = new XYChart.Series<>();
            line.setName(component.label());
            List<CellAddress> cells = component.cells();
            // A chart of 100,000 steps is no clearer than one of a few hundred, and JavaFX slows to a halt on it.
            List<XYChart.Data<Number, Number>> points = new ArrayList<>();
            for (int t : sampled(cells.size())) {
                Cell cell = sheet.cell(cells.get(t).row(), cells.get(t).column());
                boolean hidden = window.walkthrough() != null
                        && window.walkthrough().hides(sheet, cells.get(t).row(), cells.get(t).column());
                if (cell != null && !hidden && cell.value() instanceof NumberValue number) { // reveal mode hides it
                    points.add(new XYChart.Data<>(t + 1, number.value()));
                }
            }
            line.getData().setAll(points);
            chart.getData().add(line);
        }
        chart.setTitle(series.size() > MAX_SERIES
                ? Texts.get("window.overTime.first", MAX_SERIES, series.size()) : Texts.get("window.overTime.title"));
    }

    /** At most {@link #MAX_POINTS} steps of {@code count}, evenly apart, the first and the last among them. */
    static List<Integer> sampled(int count) {
        int stride = Math.max(1, (count + MAX_POINTS - 1) / MAX_POINTS);
        List<Integer> steps = new ArrayList<>();
        for (int t = 0; t < count; t += stride) {
            steps.add(t);
        }
        if (count > 0 && steps.get(steps.size() - 1) != count - 1) {
            steps.add(count - 1);
        }
        return steps;
    }

    /** Tints step t's cells and scrolls to the first of them. */
    void pick(int t) {
        if (overTime == null || t < 1 || t > overTime.stepCount()) {
            return;
        }
        List<Area> cells = overTime.steps().get(t - 1);
        picked.setText(Texts.get("window.overTime.picked", t));
        window.showTimeStep(sheet, cells);
    }

    int pickedStep() {
        return (int) Math.round(step.getValue());
    }

    void setStep(int t) {
        step.setValue(t);
        pick(t);
    }

    LineChart<Number, Number> chart() {
        return chart;
    }
}
