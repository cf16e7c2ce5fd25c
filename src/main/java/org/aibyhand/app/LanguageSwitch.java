package org.aibyhand.app;

import java.util.prefs.Preferences;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.aibyhand.i18n.Language;
import org.aibyhand.i18n.Texts;

/**
 * View > Language: switches between English and Chinese, remembers the choice in the user's preferences, and
 * rebuilds the window in the new language (an unchanged lesson is rebuilt too, so its labels follow).
 */
final class LanguageSwitch {
    private static final String KEY = "language";

    private LanguageSwitch() {
    }

    /** The language chosen before, else the system's; called once when the app starts. */
    static void applySaved() {
        Language saved = Language.ofCode(preferences().get(KEY, null));
        Texts.setLanguage(saved == null ? Language.ofSystem() : saved);
    }

    static Menu menu(MainWindow window) {
        Menu menu = new Menu(Texts.get("menu.view.language"));
        ToggleGroup group = new ToggleGroup();
        for (Language language : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(Texts.get("common.language." + language.code()));
            item.setToggleGroup(group);
            item.setSelected(language == Texts.language());
            item.setOnAction(e -> {
                preferences().put(KEY, language.code());
                switchTo(window, language);
            });
            menu.getItems().add(item);
        }
        return menu;
    }

    /**
     * Shows the window's document in a window rebuilt in {@code language} on the same stage, and returns it;
     * the old window's own windows close.
     */
    static MainWindow switchTo(MainWindow window, Language language) {
        Texts.setLanguage(language);
        window.closeOwnWindows();
        Document document = window.document();
        Document shown = document.isModified() || document.file() != null ? document : document.rebuilt();
        boolean presentation = window.viewActions().isPresentation();
        if (presentation) {
            window.viewActions().togglePresentation(); // the old window puts its layout back before it goes
        }
        MainWindow fresh = new MainWindow(window.stage(), shown);
        if (presentation) {
            fresh.viewActions().togglePresentation();
        }
        return fresh;
    }

    private static Preferences preferences() {
        return RecentFiles.appPreferences();
    }
}
