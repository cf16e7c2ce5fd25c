package org.aibyhand.app;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The menu bar, with Excel's shortcuts. */
final class Menus {
    private Menus() {
    }

    static MenuBar create(MainWindow window) {
        FileActions files = window.files();
        EditActions edits = window.edits();
        ViewActions view = window.viewActions();
        Menu file = new Menu("_File");
        Menu recent = new Menu("Open _Recent");
        file.setOnShowing(e -> files.fillRecent(recent));
        file.getItems().addAll(
                item("_New", "Shortcut+N", files::newWorkbook),
                item("New _Lesson...", "Shortcut+L", files::newLesson),
                item("_Open...", "Shortcut+O", files::open),
                recent,
                new SeparatorMenuItem(),
                item("_Save", "Shortcut+S", files::save),
                item("Save _As...", "Shortcut+Shift+S", files::saveAs),
                new SeparatorMenuItem(),
                item("E_xit", null, files::exit));
        Menu edit = new Menu("_Edit");
        edit.getItems().addAll(
                item("_Undo", "Shortcut+Z", edits::undo),
                item("_Redo", "Shortcut+Y", edits::redo),
                new SeparatorMenuItem(),
                item("Cu_t", "Shortcut+X", edits::cut),
                item("_Copy", "Shortcut+C", edits::copy),
                item("_Paste", "Shortcut+V", edits::paste),
                item("_Delete", "Delete", edits::delete),
                new SeparatorMenuItem(),
                item("_Find...", "Shortcut+F", () -> window.findBar().open()));
        Menu show = new Menu("_View");
        show.getItems().addAll(
                item("Zoom _In", "Shortcut+Plus", view::zoomIn),
                item("Zoom _Out", "Shortcut+Minus", view::zoomOut),
                item("_Actual Size", "Shortcut+0", view::resetZoom),
                new SeparatorMenuItem(),
                item("_Presentation Mode", "F11", view::togglePresentation));
        return new MenuBar(file, edit, show, walkthrough(window));
    }

    /** The stepping keys show here; {@link WalkthroughKeys} handles them first, so the grid does not take them. */
    private static Menu walkthrough(MainWindow window) {
        Menu menu = new Menu("_Walkthrough");
        CheckMenuItem reveal = new CheckMenuItem("_Reveal Mode");
        reveal.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+R"));
        menu.setOnShowing(e -> reveal.setSelected(window.walkthrough().revealProperty().get()));
        reveal.setOnAction(e -> window.walkthrough().revealProperty().set(reveal.isSelected()));
        menu.getItems().addAll(
                item("_Next Stage", "Alt+Right", () -> window.walkthrough().next()),
                item("_Previous Stage", "Alt+Left", () -> window.walkthrough().previous()),
                item("_First Stage", "Alt+Home", () -> window.walkthrough().first()),
                item("_Last Stage", "Alt+End", () -> window.walkthrough().last()),
                item("Play / _Pause", "Alt+P", () -> window.walkthroughBar().togglePlay()),
                reveal,
                item("_Derive Plan from Formulas", null, () -> window.walkthrough().derive()),
                new SeparatorMenuItem(),
                item("_Gradient Check...", "Shortcut+Shift+G", () -> window.gradientCheck().open()),
                item("_Compare Models...", null, () -> new CompareWindow(window.stage()).show()),
                item("_Export Exercise...", "Shortcut+Shift+E", () -> window.files().exportExercise()));
        return menu;
    }

    private static MenuItem item(String text, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
