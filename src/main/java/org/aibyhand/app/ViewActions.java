package org.aibyhand.app;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.aibyhand.i18n.Texts;

/** Zoom and the large-text presentation mode for projectors. */
final class ViewActions {
    private static final double[] STEPS = {0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.5, 3};
    private static final double PRESENTATION_ZOOM = 1.75;

    private final MainWindow window;
    private double zoom = 1;
    private boolean presentation;

    ViewActions(MainWindow window) {
        this.window = window;
    }

    /**
     * Ctrl with plus (also typed as Ctrl+= or on the keypad), minus and 0 zoom wherever the focus is, as in
     * Excel; menu accelerators alone miss the keyboard layouts that type plus with Shift.
     */
    void installShortcuts(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (!event.isShortcutDown() || event.isAltDown()) {
                return;
            }
            KeyCode code = event.getCode();
            if (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD) {
                zoomIn();
            } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
                zoomOut();
            } else if (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
                resetZoom();
            } else {
                return;
            }
            event.consume();
        });
    }

    double zoom() {
        return zoom;
    }

    boolean isPresentation() {
        return presentation;
    }

    void zoomIn() {
        for (double step : STEPS) {
            if (step > zoom + 1e-9) {
                setZoom(step);
                return;
            }
        }
    }

    void zoomOut() {
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < zoom - 1e-9) {
                setZoom(STEPS[i]);
                return;
            }
        }
    }

    void resetZoom() {
        setZoom(1);
    }

    /** Large text for a projector: the grid zooms and the bars and menus grow. */
    void togglePresentation() {
        presentation = !presentation;
        if (presentation) {
            window.root().getStyleClass().add("presentation");
            setZoom(Math.max(zoom, PRESENTATION_ZOOM));
        } else {
            window.root().getStyleClass().remove("presentation");
            setZoom(1);
        }
    }

    void setZoom(double factor) {
        zoom = factor;
        for (SheetView view : window.sheetViews()) {
            applyZoom(view);
        }
        window.setStatus(Texts.get("status.zoom", Math.round(factor * 100)));
    }

    /** A sheet shows at its own zoom (from its file) times the window's. */
    void applyZoom(SheetView view) {
        view.view().setZoom(zoom * Math.max(10, view.sheet().format().zoomPercent()) / 100.0);
    }
}
