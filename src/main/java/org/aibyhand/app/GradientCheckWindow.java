package org.aibyhand.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.walkthrough.GradientCheck;
import org.aibyhand.engine.walkthrough.GradientCheckRow;
import org.aibyhand.engine.walkthrough.Ranges;
import org.aibyhand.engine.book.WorkbookCopy;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.i18n.Texts;

/**
 * The gradient check: a loss cell, parameter ranges and (optionally) the ranges holding their claimed
 * gradients; each parameter is nudged both ways on a copy of the workbook, in the background with progress,
 * and the central finite difference is shown beside the claimed value with a relative-error badge. Lessons
 * fill the fields in. Several ranges are separated by semicolons, in matching order.
 */
final class GradientCheckWindow {
    private final MainWindow window;
    private final Stage stage = new Stage();
    private final TextField loss = field("gradientLoss", Texts.get("dialog.gradient.loss.prompt"));
    private final TextField parameters = field("gradientParameters", Texts.get("dialog.gradient.parameters.prompt"));
    private final TextField claimed = field("gradientClaimed", Texts.get("dialog.gradient.claimed.prompt"));
    private final CheckBox transposed = new CheckBox(Texts.get("dialog.gradient.transposed"));
    private final Button run = new Button(Texts.get("dialog.gradient.run"));
    private final Button cancel = new Button(Texts.get("common.cancel"));
    private final ProgressBar progress = new ProgressBar(0);
    private final Label summary = new Label();
    private final TableView<GradientCheckRow> table = new TableView<>();
    private Task<List<GradientCheckRow>> task;

    GradientCheckWindow(MainWindow window) {
        this.window = window;
        run.setId("gradientRun");
        run.setDefaultButton(true);
        run.setOnAction(e -> start());
        cancel.setId("gradientCancel");
        cancel.setDisable(true);
        cancel.setOnAction(e -> task.cancel());
        progress.setId("gradientProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        summary.setId("gradientSummary");
        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(4);
        form.addRow(0, new Label(Texts.get("dialog.gradient.loss")), loss);
        form.addRow(1, new Label(Texts.get("dialog.gradient.parameters")), parameters);
        form.addRow(2, new Label(Texts.get("dialog.gradient.claimed")), claimed);
        form.add(transposed, 1, 3);
        transposed.setId("gradientTransposed");
        GridPane.setHgrow(parameters, Priority.ALWAYS);
        HBox buttons = new HBox(6, run, cancel, progress);
        HBox.setHgrow(progress, Priority.ALWAYS);
        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox root = new VBox(8, form, buttons, summary, table);
        root.setPadding(new Insets(10));
        stage.setTitle(Texts.get("dialog.gradient.title"));
        stage.initOwner(window.stage());
        stage.setScene(new Scene(ClosableWindow.withCloseButton(stage, root), 760, 560));
        ClosableWindow.closeOnEscape(stage);
    }

    /** Opens the window, with the lesson's loss, parameters and gradients filled in when there is one. */
    void open() {
        Lesson lesson = window.document().lesson();
        if (lesson != null && lesson.loss() != null && loss.getText().isBlank()) {
            Map<String, String> pairs = new TreeMap<>(lesson.gradients());
            loss.setText(lesson.loss());
            parameters.setText(String.join("; ", pairs.keySet()));
            claimed.setText(String.join("; ", pairs.values()));
        }
        stage.show();
        stage.toFront();
    }

    Stage stage() {
        return stage;
    }

    private void start() {
        Workbook snapshot = WorkbookCopy.of(window.document().workbook());
        GradientCheck.Request request;
        try {
            request = request(snapshot);
        } catch (IllegalArgumentException wrong) {
            summary.setText(wrong.getMessage());
            return;
        }
        task = new Task<>() {
            @Override
            protected List<GradientCheckRow> call() {
                return GradientCheck.run(snapshot, request, new GradientCheck.Progress() {
                    @Override
                    public void checked(int done, int total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                });
            }
        };
        progress.progressProperty().bind(task.progressProperty());
        run.setDisable(true);
        cancel.setDisable(false);
        summary.setText(Texts.get("dialog.gradient.checking"));
        task.setOnSucceeded(e -> finished(task.getValue()));
        task.setOnCancelled(e -> finished(null));
        task.setOnFailed(e -> {
            finished(null);
            summary.setText(Texts.get("dialog.gradient.failed", task.getException().getMessage()));
        });
        Thread worker = new Thread(task, "ai-by-hand-gradient-check");
        worker.setDaemon(true);
        worker.start();
    }

    private void finished(List<GradientCheckRow> rows) {
        progress.progressProperty().unbind();
        run.setDisable(false);
        cancel.setDisable(true);
        if (rows == null) {
            summary.setText(Texts.get("dialog.gradient.cancelled"));
            return;
        }
        table.getItems().setAll(rows);
        Map<GradientCheckRow.Verdict, Integer> counts = new TreeMap<>();
        rows.forEach(row -> counts.merge(row.verdict(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((verdict, count) -> parts.add(count + " " + badge(verdict).toLowerCase(Locale.ROOT)));
        summary.setText(Texts.get("dialog.gradient.summary", rows.size(), String.join(", ", parts)));
    }

    /**
     * The fields as a request on the snapshot (a loss formula is placed in it, never in the open workbook);
     * IllegalArgumentException with a message for the user when a field is wrong.
     */
    private GradientCheck.Request request(Workbook snapshot) {
        Workbook book = window.document().workbook();
        Sheet here = window.current() == null ? book.sheet(0) : window.current().sheet();
        String lossText = loss.getText().strip();
        ReferenceValue lossCell = lossText.startsWith("=")
                ? GradientCheck.placeLoss(snapshot, here.index(), lossText) : Ranges.resolve(book, here, lossText);
        String[] params = parameters.getText().split(";");
        String[] grads = claimed.getText().isBlank() ? new String[0] : claimed.getText().split(";");
        if (grads.length != 0 && grads.length != params.length) {
            throw new IllegalArgumentException(Texts.get("dialog.gradient.mismatch", params.length, grads.length));
        }
        List<GradientCheck.Target> targets = new ArrayList<>();
        for (int i = 0; i < params.length; i++) {
            ReferenceValue p = Ranges.resolve(book, here, params[i]);
            ReferenceValue g = grads.length == 0 ? null : Ranges.resolve(book, here, grads[i]);
            if (g != null && transposed.isSelected()) {
                targets.addAll(GradientCheck.Target.eachRowAgainstColumn(p, g));
            } else {
                targets.add(new GradientCheck.Target(p, g));
            }
        }
        return new GradientCheck.Request(lossCell, targets);
    }

    private void buildTable() {
        table.setId("gradientTable");
        TableColumn<GradientCheckRow, String> cell = column(Texts.get("dialog.gradient.column.parameter"),
                row -> row.sheet() + "!" + row.parameter().toA1());
        TableColumn<GradientCheckRow, String> value = column(Texts.get("dialog.gradient.column.value"), row -> number(row.value()));
        TableColumn<GradientCheckRow, String> claimedColumn = column(Texts.get("dialog.gradient.column.claimed"), row -> number(row.claimed()));
        TableColumn<GradientCheckRow, String> difference = column(Texts.get("dialog.gradient.column.difference"),
                row -> number(row.finiteDifference()));
        TableColumn<GradientCheckRow, String> error = column(Texts.get("dialog.gradient.column.error"), row -> number(row.relativeError()));
        TableColumn<GradientCheckRow, String> verdict = column("", row -> badge(row.verdict()));
        verdict.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                getStyleClass().removeAll("badge-agrees", "badge-close", "badge-disagrees");
                if (!empty && getTableRow() != null && getTableRow().getItem() != null) {
                    getStyleClass().add("badge-" + getTableRow().getItem().verdict().name().toLowerCase(Locale.ROOT)
                            .replace("no_claim", "close").replace("skipped", "close"));
                }
            }
        });
        table.getColumns().addAll(List.of(cell, value, claimedColumn, difference, error, verdict));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<GradientCheckRow>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    showParameter(row.getItem());
                }
            });
            return row;
        });
    }

    /** Selects a parameter's cell in the grid and moves this window off it, so the cell can be seen. */
    void showParameter(GradientCheckRow item) {
        Sheet sheet = window.document().workbook().sheet(item.sheet());
        window.goTo(sheet, Area.of(item.parameter()));
        SheetView view = window.current();
        if (view == null) {
            return;
        }
        view.view().paintNow();
        var layout = view.view().sheetLayout();
        int row = item.parameter().row();
        int column = item.parameter().column();
        StayClear.of(stage, view.view().localToScreen(new javafx.geometry.BoundingBox(layout.columnX(column),
                layout.rowY(row), layout.columnWidth(column), layout.rowHeight(row))));
    }

    private static TableColumn<GradientCheckRow, String> column(String title,
            java.util.function.Function<GradientCheckRow, String> text) {
        TableColumn<GradientCheckRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(text.apply(data.getValue())));
        return column;
    }

    static String badge(GradientCheckRow.Verdict verdict) {
        return switch (verdict) {
            case AGREES -> Texts.get("dialog.gradient.agrees");
            case CLOSE -> Texts.get("dialog.gradient.close");
            case DISAGREES -> Texts.get("dialog.gradient.disagrees");
            case NO_CLAIM -> Texts.get("dialog.gradient.noClaim");
            case SKIPPED -> Texts.get("dialog.gradient.skipped");
        };
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.6g", value);
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(30);
        return field;
    }

    List<GradientCheckRow> rows() {
        return table.getItems();
    }

    String summaryText() {
        return summary.getText();
    }
}
