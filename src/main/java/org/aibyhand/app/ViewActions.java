package org.aibyhand.app;

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
            view.view().setZoomFactor(factor);
        }
        window.setStatus("Zoom " + Math.round(factor * 100) + "%");
    }
}
