package org.aibyhand.app;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Stepping from anywhere in the window: Alt+Right and Alt+Left step, Alt+Home and Alt+End jump, Alt+P plays or
 * pauses. A filter on the scene, because the grid would otherwise take the arrow keys for moving between cells.
 */
final class WalkthroughKeys {
    private WalkthroughKeys() {
    }

    static void install(Scene scene, MainWindow window) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (!event.isAltDown() || event.isControlDown() || event.isShiftDown() || event.isMetaDown()) {
                return;
            }
            Walkthrough walkthrough = window.walkthrough();
            KeyCode code = event.getCode();
            if (code == KeyCode.RIGHT) {
                walkthrough.next();
            } else if (code == KeyCode.LEFT) {
                walkthrough.previous();
            } else if (code == KeyCode.HOME) {
                walkthrough.first();
            } else if (code == KeyCode.END) {
                walkthrough.last();
            } else if (code == KeyCode.P) {
                window.walkthroughBar().togglePlay();
            } else {
                return;
            }
            event.consume();
        });
    }
}
