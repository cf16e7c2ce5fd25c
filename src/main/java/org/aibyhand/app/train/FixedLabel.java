package org.aibyhand.app.train;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** Labels that keep their whole text when the side panel is narrow: the field beside one gives way instead. */
final class FixedLabel {
    private FixedLabel() {
    }

    static Label of(Relabel texts, String key) {
        Label label = texts.text(new Label(), key);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
