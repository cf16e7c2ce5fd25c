package org.aibyhand.app.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.i18n.Texts;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.train.CsvData;
import org.aibyhand.train.DataSet;
import org.aibyhand.train.LessonData;
import org.aibyhand.train.ToyData;

/**
 * The teacher's data: a toy set, a CSV file, text on the clipboard or the selected range of the open workbook
 * becomes the X and Y of the lesson (the open one's kind, else the MLP), which opens in place of the workbook. Data
 * that cannot be used is one message, and the open workbook stays as it was.
 */
final class DataBox {
    private final ComboBox<ToyData> toy = new ComboBox<>(FXCollections.observableArrayList(ToyData.values()));
    private final Spinner<Integer> samples = new Spinner<>(4, 200, 40, 4);
    private final Spinner<Integer> targets = new Spinner<>(1, 20, 1);
    private final VBox root = new VBox(4);
    private final TrainHost host;
    private final Consumer<String> message;

    DataBox(TrainHost host, Consumer<String> message, Relabel texts) {
        this.host = host;
        this.message = message;
        toy.setId("trainToyData");
        toy.setCellFactory(list -> new NameCell());
        texts.always(() -> toy.setButtonCell(new NameCell()));
        toy.setValue(ToyData.XOR);
        samples.setPrefWidth(90);
        targets.setPrefWidth(70);
        Button useToy = button(texts, "trainUseToy", "train.panel.useToy", () -> use(toy.getValue().make(
                toy.getValue() == ToyData.XOR ? 4 : samples.getValue(), 1)));
        Button file = button(texts, "trainImportCsv", "train.panel.importCsv", this::importFile);
        Button paste = button(texts, "trainPaste", "train.panel.paste", () -> useText(Clipboard.getSystemClipboard().getString()));
        Button selection = button(texts, "trainFromSelection", "train.panel.fromSelection", this::fromSelection);
        root.getChildren().addAll(texts.text(new Label(), "train.panel.data"),
                new HBox(6, toy, useToy),
                new HBox(6, FixedLabel.of(texts, "train.panel.samples"), samples),
                new HBox(6, FixedLabel.of(texts, "train.panel.targetColumns"), targets),
                new FlowPane(6, 4, file, paste, selection));
    }

    VBox root() {
        return root;
    }

    /** Parses CSV text with the chosen number of target columns and, if it is good, opens the lesson built on it. */
    boolean useText(String text) {
        String kind = kind();
        int[] limits = LessonData.limits(kind);
        DataSet data;
        try {
            data = CsvData.parse(text, targets.getValue(), limits[0], limits[1]);
        } catch (IllegalArgumentException rejected) {
            message.accept(rejected.getMessage());
            return false;
        }
        return use(data);
    }

    private boolean use(DataSet data) {
        Lesson lesson;
        try {
            lesson = LessonData.build(kind(), options(), data);
        } catch (IllegalArgumentException rejected) {
            message.accept(rejected.getMessage());
            return false;
        }
        boolean opened = host.openLesson(lesson);
        if (opened) {
            message.accept(Texts.get("train.panel.dataUsed", data.samples(), data.inputCount(), data.targetCount()));
        }
        return opened;
    }

    private void importFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("train.panel.importCsv"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.txt", "*.tsv"));
        java.io.File chosen = chooser.showOpenDialog(host.owner());
        if (chosen == null) {
            return;
        }
        try {
            Path file = chosen.toPath();
            if (Files.size(file) > 10_000_000) {
                message.accept(Texts.get("train.csv.tooLarge"));
                return;
            }
            useText(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | java.io.UncheckedIOException unreadable) {
            message.accept(Texts.get("train.csv.unreadable", chosen.getName()));
        }
    }

    /** The selected cells as lines of tab-separated values, numbers written exactly. */
    private void fromSelection() {
        Sheet sheet = host.currentSheet();
        Area area = host.selection();
        if (sheet == null || area == null) {
            message.accept(Texts.get("train.csv.empty"));
            return;
        }
        StringBuilder text = new StringBuilder();
        for (int r = area.top(); r <= area.bottom(); r++) {
            for (int c = area.left(); c <= area.right(); c++) {
                Cell cell = sheet.cell(r, c);
                Value value = cell == null ? null : cell.value();
                text.append(c > area.left() ? "\t" : "").append(value instanceof NumberValue n ? Double.toString(n.value())
                        : value == null ? "" : org.aibyhand.engine.value.Coerce.toText(value));
            }
            text.append('\n');
        }
        useText(text.toString());
    }

    /** The open lesson's kind when it takes data, else the MLP. */
    private String kind() {
        Lesson open = host.lesson();
        return open != null && (open.kind().equals("mlp") || open.kind().equals("rnn")) ? open.kind() : "mlp";
    }

    /** The open MLP's hidden size is kept; everything else starts from the defaults and seed 1. */
    private LessonOptions options() {
        LessonOptions options = new LessonOptions(1);
        Lesson open = host.lesson();
        if (open != null && open.kind().equals("mlp")) {
            options.with("hidden", org.aibyhand.engine.walkthrough.Ranges.resolve(open.workbook(), null, "W_1").rows());
        }
        return options;
    }


    private static Button button(Relabel texts, String id, String key, Runnable action) {
        Button button = texts.text(new Button(), key);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** A toy set shown by its name in the current language. */
    private static final class NameCell extends ListCell<ToyData> {
        @Override
        protected void updateItem(ToyData set, boolean empty) {
            super.updateItem(set, empty);
            setText(empty || set == null ? null : Texts.get(set.key()));
        }
    }
}
