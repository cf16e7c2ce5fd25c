package org.aibyhand.lesson;

import java.util.Map;
import org.aibyhand.i18n.Texts;

/**
 * The linear read-out and squared-error loss a sequence lesson ends with, and its gradients:
 * Ŷ = W_hy H + b_y, loss = Σ(Ŷ − Y)²/(2T), dŶ = (Ŷ − Y)/T, dW_hy = dŶ Hᵀ, db_y = Σₜ dŶₜ. Names on the sheet:
 * W_hy, b_y, Y_hat, Y, loss, dY_hat, dW_hy, db_y.
 */
public record ReadOut(Tensor wHy, Tensor bY, Tensor yHat, Tensor y, Tensor loss, Tensor dYHat, Tensor dWHy, Tensor dBY) {

    /** The read-out's parameters and their gradients, for the gradient check. */
    public Map<String, String> gradients() {
        return Map.of(wHy.name(), dWHy.name(), bY.name(), dBY.name());
    }

    /** Draws Ŷ with W_hy and b_y on its left, then Y and the loss, as bands of the forward pass. */
    public static ReadOut drawForward(GatedDrawing draw, TimeBands bands, int outputs) {
        return drawForward(draw, bands, outputs, draw.columns().u(), draw.columns().hidden());
    }

    /** As {@link #drawForward(GatedDrawing, TimeBands, int)}, W_hy {@code width} wide from {@code column}. */
    public static ReadOut drawForward(GatedDrawing draw, TimeBands bands, int outputs, int column, int width) {
        GatedColumns c = draw.columns();
        int row = bands.next(outputs, "Ŷ = W_hy H + b_y");
        Tensor wHy = draw.left("W_hy", "W_hy", row, column, outputs, width, Role.PARAMETER);
        Tensor bY = draw.left("b_y", "b_y", row, c.b(), outputs, 1, Role.PARAMETER);
        Tensor yHat = draw.timed("Y_hat", Texts.get("lesson.text.outputs2"), row, outputs, Role.FORWARD);
        Tensor y = draw.timed("Y", Texts.get("lesson.text.targets"), bands.next(outputs, Texts.get("lesson.text.the_target_at_each_step")), outputs, Role.TARGET);
        int lossRow = bands.next(1, Texts.get("lesson.text.loss"));
        draw.layout().label(lossRow - 1, c.time(0), "loss");
        Tensor loss = draw.layout().block("loss", lossRow, c.time(0), 1, 1, Role.LOSS);
        return new ReadOut(wHy, bY, yHat, y, loss, null, null, null);
    }

    /** Draws dŶ with dW_hy and db_y on its left, the first band of the backward pass. */
    public ReadOut drawBackward(GatedDrawing draw, TimeBands bands) {
        GatedColumns c = draw.columns();
        int outputs = yHat.rows();
        int row = bands.next(outputs, "dŶ = (Ŷ − Y) / T", "dW_hy = dŶ Hᵀ", Texts.get("lesson.text.db_row_sums"));
        Tensor dWHy = draw.left("dW_hy", "dW_hy", row, wHy.sheetColumn(0, 0), outputs, wHy.columns(), Role.GRADIENT);
        Tensor dBY = draw.left("db_y", "db_y", row, c.b(), outputs, 1, Role.GRADIENT);
        Tensor dY = draw.timed("dY_hat", "dŶ", row, outputs, Role.GRADIENT);
        return new ReadOut(wHy, bY, yHat, y, loss, dY, dWHy, dBY);
    }

    /** The read-out's formulas, forward and backward, reading the hidden states {@code h}. */
    public void write(TimeLayout layout, Tensor h) {
        int steps = h.columns();
        for (int o = 0; o < yHat.rows(); o++) {
            int row = o;
            layout.fill(yHat, o, 0, steps - 1,
                    "=" + ProductSum.of(h.rows(), k -> wHy.fixed(row, k), k -> h.at(k, 0)) + "+" + bY.fixed(o, 0));
            layout.fill(dYHat, o, 0, steps - 1, "=(" + yHat.at(o, 0) + "-" + y.at(o, 0) + ")/" + steps);
        }
        layout.formula(loss, 0, 0, TimeSums.squaredError(yHat, y, steps));
        TimeSums sums = new TimeSums(layout);
        sums.outer(dWHy, dYHat, h);
        sums.sum(dBY, dYHat);
    }

    /** (W_hyᵀ dŶ_t)[i], written for step t: the gradient reaching h_t through the output. */
    public String backThroughOutput(int i, int t) {
        return ProductSum.of(yHat.rows(), o -> wHy.fixed(o, i), o -> dYHat.at(o, t));
    }
}
