package org.aibyhand.app;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.aibyhand.i18n.Texts;

/** The menu bar, with Excel's shortcuts; every label comes from the {@code menu} bundle. */
final class Menus {
    private Menus() {
    }

    static MenuBar create(MainWindow window) {
        FileActions files = window.files();
        EditActions edits = window.edits();
        ViewActions view = window.viewActions();
        Menu file = menu("menu.file");
        Menu recent = menu("menu.file.recent");
        file.setOnShowing(e -> files.fillRecent(recent));
        file.getItems().addAll(
                item("menu.file.welcome", null, () -> WelcomePage.show(window)),
                item("menu.file.new", "Shortcut+N", files::newWorkbook),
                item("menu.file.lesson", "Shortcut+L", files::newLesson),
                item("menu.file.open", "Shortcut+O", files::open),
                recent,
                new SeparatorMenuItem(),
                item("menu.file.save", "Shortcut+S", files::save),
                item("menu.file.saveAs", "Shortcut+Shift+S", files::saveAs),
                new SeparatorMenuItem(),
                item("menu.file.exit", null, files::exit));
        Menu edit = menu("menu.edit");
        edit.getItems().addAll(
                item("menu.edit.undo", "Shortcut+Z", edits::undo),
                item("menu.edit.redo", "Shortcut+Y", edits::redo),
                new SeparatorMenuItem(),
                item("menu.edit.cut", "Shortcut+X", edits::cut),
                item("menu.edit.copy", "Shortcut+C", edits::copy),
                item("menu.edit.paste", "Shortcut+V", edits::paste),
                item("menu.edit.delete", "Delete", edits::delete),
                new SeparatorMenuItem(),
                item("menu.edit.find", "Shortcut+F", () -> window.findBar().open()));
        Menu show = menu("menu.view");
        show.getItems().addAll(
                item("menu.view.zoomIn", "Shortcut+Plus", view::zoomIn),
                item("menu.view.zoomOut", "Shortcut+Minus", view::zoomOut),
                item("menu.view.actualSize", "Shortcut+0", view::resetZoom),
                new SeparatorMenuItem(),
                item("menu.view.presentation", "F11", view::togglePresentation),
                new SeparatorMenuItem(),
                LanguageSwitch.menu(window));
        Menu help = menu("menu.help");
        help.getItems().addAll(
                item("menu.help.tour", null, () -> Tour.start(window)),
                item("menu.help.shortcuts", "F1", () -> HelpWindows.shortcuts(window.stage())),
                item("menu.help.equations", null, () -> HelpWindows.equations(window.stage())),
                new SeparatorMenuItem(),
                item("menu.help.about", null, () -> HelpWindows.about(window.stage())));
        return new MenuBar(file, edit, show, walkthrough(window), help);
    }

    /** The stepping keys show here; {@link WalkthroughKeys} handles them first, so the grid does not take them. */
    private static Menu walkthrough(MainWindow window) {
        Menu menu = menu("menu.walk");
        CheckMenuItem reveal = new CheckMenuItem(Texts.get("menu.walk.reveal"));
        reveal.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+R"));
        menu.setOnShowing(e -> reveal.setSelected(window.walkthrough().revealProperty().get()));
        reveal.setOnAction(e -> window.walkthrough().revealProperty().set(reveal.isSelected()));
        menu.getItems().addAll(
                item("menu.walk.next", "Alt+Right", () -> window.walkthrough().next()),
                item("menu.walk.previous", "Alt+Left", () -> window.walkthrough().previous()),
                item("menu.walk.first", "Alt+Home", () -> window.walkthrough().first()),
                item("menu.walk.last", "Alt+End", () -> window.walkthrough().last()),
                item("menu.walk.play", "Alt+P", () -> window.walkthroughBar().togglePlay()),
                reveal,
                item("menu.walk.derive", null, () -> window.walkthrough().derive()),
                new SeparatorMenuItem(),
                item("menu.walk.gradient", "Shortcut+Shift+G", () -> window.gradientCheck().open()),
                item("menu.walk.compare", null, () -> new CompareWindow(window.stage()).show()),
                item("menu.walk.exercise", "Shortcut+Shift+E", () -> window.files().exportExercise()));
        return menu;
    }

    private static Menu menu(String key) {
        return new Menu(Texts.get(key));
    }

    static MenuItem item(String key, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(Texts.get(key));
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
