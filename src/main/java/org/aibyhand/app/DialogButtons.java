package org.aibyhand.app;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.aibyhand.i18n.Texts;

/**
 * The buttons of the app's dialogs in the interface's language. JavaFX's own {@link ButtonType#OK} and friends
 * take their words once, from the JVM's locale, so they would stay English in a window switched to Chinese.
 * Each call makes a new button type: compare answers with the instance the dialog was given.
 */
final class DialogButtons {
    private DialogButtons() {
    }

    static ButtonType ok() {
        return new ButtonType(Texts.get("common.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    /** Cancel; Escape chooses it. */
    static ButtonType cancel() {
        return new ButtonType(Texts.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** Close, for a dialog that only tells something; Escape chooses it. */
    static ButtonType close() {
        return new ButtonType(Texts.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    static ButtonType save() {
        return new ButtonType(Texts.get("dialog.file.save"), ButtonBar.ButtonData.YES);
    }

    static ButtonType discard() {
        return new ButtonType(Texts.get("dialog.file.discard"), ButtonBar.ButtonData.NO);
    }
}
