package org.aibyhand.app;

import java.util.Collection;
import java.util.List;
import javafx.scene.control.Tab;
import javafx.stage.Window;
import org.aibyhand.app.train.TrainHost;
import org.aibyhand.app.train.TrainPanel;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.i18n.Texts;
import org.aibyhand.lesson.Lesson;

/** The Train panel's place in the main window: a side tab, and the window's document and history behind it. */
final class TrainTab implements TrainHost {
    private final MainWindow window;
    private final TrainPanel panel;
    private final Tab tab;

    TrainTab(MainWindow window, ExplainPanel explain) {
        this.window = window;
        this.panel = new TrainPanel(this);
        this.tab = new Tab(Texts.get("train.panel.title"), panel.root());
        tab.setId("trainTab");
        Texts.onLanguageChange(language -> javafx.application.Platform.runLater(
                () -> tab.setText(Texts.get("train.panel.title"))));
        tab.setOnSelectionChanged(e -> panel.syncDocument());
        explain.setUpdates(panel::lastUpdate);
    }

    Tab tab() {
        return tab;
    }

    TrainPanel panel() {
        return panel;
    }

    @Override
    public Workbook workbook() {
        return window.document() == null ? null : window.document().workbook(); // null while the window is made
    }

    @Override
    public Calculator calculator() {
        return window.document().calculator();
    }

    @Override
    public Lesson lesson() {
        return window.document() == null ? null : window.document().lesson();
    }

    @Override
    public Sheet currentSheet() {
        return window.current() == null ? workbook().sheet(0) : window.current().sheet();
    }

    @Override
    public Area selection() {
        return window.current() == null ? null : window.current().selection();
    }

    @Override
    public void changed(Collection<Cell> cells) {
        window.edited(window.current(), cells);
    }

    @Override
    public void recordUndo(List<Cell> cells, double[] before) {
        window.document().recordNumbers(cells, before);
        window.updateTitle();
    }

    @Override
    public void setSheetLocked(boolean locked) {
        window.sheetViews().forEach(view -> view.view().setDisable(locked));
        window.root().getTop().setDisable(locked); // menus too: an undo or an open must wait for the run
    }

    @Override
    public boolean openLesson(Lesson lesson) {
        if (!window.files().confirmDiscard()) {
            return false;
        }
        window.show(Document.of(lesson));
        panel.syncDocument();
        return true;
    }

    @Override
    public Window owner() {
        return window.stage();
    }
}
