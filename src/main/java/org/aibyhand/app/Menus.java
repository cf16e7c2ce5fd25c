package org.aibyhand.app;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The menu bar, with Excel's shortcuts. */
final class Menus {
    private Menus() {
    }

    static MenuBar create(FileActions files, EditActions edits, ViewActions view) {
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
                item("_Delete", "Delete", edits::delete));
        Menu show = new Menu("_View");
        show.getItems().addAll(
                item("Zoom _In", "Shortcut+Plus", view::zoomIn),
                item("Zoom _Out", "Shortcut+Minus", view::zoomOut),
                item("_Actual Size", "Shortcut+0", view::resetZoom),
                new SeparatorMenuItem(),
                item("_Presentation Mode", "F11", view::togglePresentation));
        return new MenuBar(file, edit, show);
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
