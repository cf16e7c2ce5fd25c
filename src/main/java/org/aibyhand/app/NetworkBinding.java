package org.aibyhand.app;

import java.util.List;
import javafx.scene.control.Tab;
import org.aibyhand.app.network.NetworkCells;
import org.aibyhand.app.network.NetworkPanel;
import org.aibyhand.app.network.NetworkWindow;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.i18n.Texts;
import org.aibyhand.lesson.network.NetworkPicture;
import org.aibyhand.lesson.network.NetworkPictures;

/**
 * Ties the network view (the side tab and its own window) to the open document: the picture of its lesson,
 * the values of the lesson sheet, the grid's selection, the walkthrough's stage and reveal mode, and a click in
 * the picture selecting the cell in the grid. The main window calls {@link #refresh} whenever any of them moves.
 */
final class NetworkBinding implements NetworkCells {
    private final MainWindow window;
    private final NetworkPanel panel;
    private final Tab tab;
    private NetworkWindow own;
    private NetworkPicture picture;
    private boolean lesson;

    NetworkBinding(MainWindow window) {
        this.window = window;
        this.panel = new NetworkPanel(this::openWindow);
        this.tab = new Tab(Texts.get("network.tab"), panel.root());
        tab.setId("networkTab");
        tab.setOnSelectionChanged(e -> refresh());
        Texts.onLanguageChange(language -> javafx.application.Platform.runLater(this::relabel));
    }

    Tab tab() {
        return tab;
    }

    NetworkPanel panel() {
        return panel;
    }

    /** The window of its own, or null before it was first opened. */
    NetworkWindow ownWindow() {
        return own;
    }

    NetworkPicture picture() {
        return picture;
    }

    /** A new document: its lesson's picture, or none for a workbook that is no lesson. */
    void show(Document document) {
        picture = document.lesson() == null ? null : NetworkPictures.of(document.lesson());
        lesson = document.lesson() != null;
        panel.show(picture, this, lesson);
        if (own != null) {
            own.show(picture, this, lesson);
        }
    }

    /** Closes the window of its own, when the main window is replaced. */
    void closeOwnWindow() {
        if (own != null) {
            own.close();
        }
    }

    void openWindow() {
        if (own == null) {
            own = new NetworkWindow(window.stage());
            own.show(picture, this, lesson);
        }
        own.open();
        own.refresh();
    }

    /** Repaints what shows: the tab while it is selected, and the own window while it is open. */
    void refresh() {
        if (tab.isSelected()) {
            panel.refresh();
        }
        if (own != null) {
            own.refresh();
        }
    }

    void relabel() {
        tab.setText(Texts.get("network.tab"));
        panel.relabel();
        if (own != null) {
            own.relabel();
        }
    }

    private Sheet sheet() {
        return window.document().workbook().sheet(0);
    }

    @Override
    public Double value(CellAddress cell) {
        Cell held = sheet().cell(cell.row(), cell.column());
        return held != null && held.value() instanceof NumberValue number ? number.value() : null;
    }

    @Override
    public boolean hidden(CellAddress cell) {
        return window.walkthrough().hides(sheet(), cell.row(), cell.column());
    }

    @Override
    public List<Area> selection() {
        SheetView view = window.current();
        Area area = view == null || view.sheet() != sheet() ? null : view.selection();
        return area == null ? List.of() : List.of(area);
    }

    @Override
    public List<Area> stage() {
        return window.walkthrough().currentCells(sheet());
    }

    @Override
    public void select(CellAddress cell) {
        window.goTo(sheet(), Area.of(cell));
    }
}
