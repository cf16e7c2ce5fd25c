package org.aibyhand.app.train;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.aibyhand.i18n.Texts;
import org.aibyhand.train.UpdateText;

/**
 * The loss after each step, drawn as a line on a canvas that fills its pane: the first loss at the left, the last at
 * the right, with the largest and smallest values on the vertical axis, which turns logarithmic once the loss has
 * fallen a hundredfold (so the slow part of a run stays visible after the fast start). Thousands of steps are drawn as one point per
 * pixel column (the column's last loss), so a long run redraws as fast as a short one.
 */
final class LossCurve {
    private static final double MARGIN_LEFT = 66;
    private static final double MARGIN = 14;
    private final Canvas canvas = new Canvas();
    private final Pane root = new Pane(canvas);
    private List<Double> losses = List.of();

    LossCurve() {
        root.setId("lossCurve");
        root.setMinHeight(160);
        root.setPrefHeight(190);
        canvas.widthProperty().bind(root.widthProperty());
        canvas.heightProperty().bind(root.heightProperty());
        canvas.widthProperty().addListener((o, was, now) -> draw());
        canvas.heightProperty().addListener((o, was, now) -> draw());
    }

    Pane root() {
        return root;
    }

    /** Shows these losses (the list is read now, on the FX thread, and not kept beyond the next call). */
    void show(List<Double> values) {
        this.losses = values;
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        double plotW = w - MARGIN_LEFT - MARGIN;
        double plotH = h - 2 * MARGIN - 14;
        if (plotW <= 10 || plotH <= 10) {
            return;
        }
        g.setStroke(Color.gray(0.6));
        g.strokeLine(MARGIN_LEFT, MARGIN, MARGIN_LEFT, MARGIN + plotH);
        g.strokeLine(MARGIN_LEFT, MARGIN + plotH, MARGIN_LEFT + plotW, MARGIN + plotH);
        g.setFont(Font.font(11));
        g.setFill(Color.gray(0.25));
        int n = losses.size();
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(Texts.get("train.panel.curveAxis", Math.max(0, n - 1)), MARGIN_LEFT + plotW / 2, MARGIN + plotH + 2);
        if (n == 0) {
            return;
        }
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double loss : losses) {
            min = Math.min(min, loss);
            max = Math.max(max, loss);
        }
        boolean logarithmic = min > 0 && max / min >= 100;
        double top = logarithmic ? Math.log10(max) : max;
        double bottom = logarithmic ? Math.log10(min) : min;
        double span = top > bottom ? top - bottom : Math.max(1e-12, Math.abs(top));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(UpdateText.number(max), MARGIN_LEFT - 4, MARGIN);
        g.fillText(UpdateText.number(min), MARGIN_LEFT - 4, MARGIN + plotH);
        if (logarithmic) {
            g.fillText(Texts.get("train.panel.logScale"), MARGIN_LEFT - 4, MARGIN + plotH / 2);
        }
        g.setStroke(Color.web("#d9480f"));
        g.setLineWidth(1.6);
        g.beginPath();
        int columns = (int) Math.max(1, Math.min(n, plotW));
        for (int c = 0; c < columns; c++) {
            int index = columns == 1 ? n - 1 : (int) Math.round((double) c * (n - 1) / (columns - 1));
            double x = MARGIN_LEFT + (columns == 1 ? plotW : c * plotW / (columns - 1));
            double value = logarithmic ? Math.log10(losses.get(index)) : losses.get(index);
            double y = MARGIN + (top - value) / span * plotH;
            if (c == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
        g.setLineWidth(1);
    }
}
