package org.aibyhand.app;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.aibyhand.i18n.Texts;

/** Zoom and the large-text presentation mode for projectors. */
final class ViewActions {
    private static final double[] STEPS = {0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.5, 3};
    private static final double PRESENTATION_ZOOM = 1.75;

    private static final double PRESENTATION_DIVIDER = 0.66;
    private static final String PRESENTATION = "presentation";

    private final MainWindow window;
    private double zoom = 1;
    private boolean presentation;
    private Layout before;

    /** What presentation mode changes, kept to put it back. */
    private record Layout(double zoom, boolean fullScreen, double divider) {
    }

    ViewActions(MainWindow window) {
        this.window = window;
        window.stage().fullScreenProperty().addListener((o, was, now) -> fullScreenChanged(now));
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

    /**
     * Presentation mode for a projector: the window fills the screen, the grid zooms, and the menus, bars, stage
     * chips and the Explain panel grow with the text (the {@code presentation} style). Leaving it (F11 again, or
     * Escape, which ends full screen) puts back the zoom, the window and the side panel's width as they were.
     */
    void togglePresentation() {
        presentation = !presentation;
        Stage stage = window.stage();
        if (presentation) {
            before = new Layout(zoom, stage.isFullScreen(), window.sideDivider());
            window.root().getStyleClass().add(PRESENTATION);
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
            setZoom(Math.max(zoom, PRESENTATION_ZOOM));
            window.setSideDivider(PRESENTATION_DIVIDER);
            window.setStatus(Texts.get("status.presentation"));
        } else {
            window.root().getStyleClass().remove(PRESENTATION);
            Layout saved = before == null ? new Layout(1, false, window.sideDivider()) : before;
            stage.setFullScreen(saved.fullScreen());
            setZoom(saved.zoom());
            window.setSideDivider(saved.divider());
        }
        window.refreshMenus(); // menus made in one size keep it: the bar is made again in the new one
    }

    /** Escape ends full screen on its own; presentation mode ends with it. */
    private void fullScreenChanged(boolean fullScreen) {
        if (!fullScreen && presentation && window.stage().getScene() == window.root().getScene()) {
            togglePresentation();
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
