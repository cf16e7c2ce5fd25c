package org.aibyhand.app.train;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import org.aibyhand.i18n.Texts;

/**
 * The panel's texts by key, set now and again whenever the language changes, so an open panel follows a switch of
 * language without losing what was typed into it.
 */
final class Relabel {
    private final List<Runnable> updates = new ArrayList<>();

    Relabel() {
        Texts.onLanguageChange(language -> Platform.runLater(() -> updates.forEach(Runnable::run)));
    }

    /** Gives a label or button the text of {@code key}. */
    <T extends Labeled> T text(T node, String key) {
        return then(node, () -> node.setText(Texts.get(key)));
    }

    /** Gives a field the prompt of {@code key}. */
    <T extends TextInputControl> T prompt(T field, String key) {
        return then(field, () -> field.setPromptText(Texts.get(key)));
    }

    /** Runs {@code update} now and on every change of language. */
    void always(Runnable update) {
        update.run();
        updates.add(update);
    }

    private <T> T then(T node, Runnable update) {
        always(update);
        return node;
    }
}
