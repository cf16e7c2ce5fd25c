package org.aibyhand.lesson.rnn;

import java.util.ArrayList;
import java.util.List;
import org.aibyhand.lesson.GatedColumns;
import org.aibyhand.lesson.GatedDrawing;
import org.aibyhand.lesson.ReadOut;
import org.aibyhand.lesson.Role;
import org.aibyhand.lesson.Tensor;
import org.aibyhand.lesson.TimeBands;
import org.aibyhand.lesson.TimeLayout;
import org.aibyhand.i18n.Texts;

/**
 * Where a stacked or bidirectional RNN's blocks go: one band per layer, the forward direction's rows above the
 * reverse's so that the two stack into the layer's output; weights on the left, h₀ of the forward direction
 * just before the first step and of the reverse just after the last. Below, the read-out, then the backward
 * pass layer by layer from the top, each dZ band with its parameters' gradients on the left.
 */
final class StackedRnnLayout {
    private final TimeLayout layout;
    private final GatedColumns columns;
    private final GatedDrawing draw;
    private final int layers;
    private final int directions;

    StackedRnnLayout(TimeLayout layout, GatedColumns columns, int layers, boolean bidirectional) {
        this.layout = layout;
        this.columns = columns;
        this.draw = new GatedDrawing(layout, columns);
        this.layers = layers;
        this.directions = bidirectional ? 2 : 1;
    }

    StackedRnnTensors draw(String title, int inputs, int outputs) {
        int hidden = columns.hidden();
        TimeBands bands = draw.begin(title, outputs);
        Tensor x = draw.input(bands);
        List<List<RnnCell>> cells = new ArrayList<>();
        List<Tensor> outputsByLayer = new ArrayList<>();
        Tensor input = x;
        for (int layer = 1; layer <= layers; layer++) {
            String equation = Texts.get("lesson.text.layer") + layer + Texts.get("lesson.text.tanh_ih_hh")
                    + (layer > 1 ? Texts.get("lesson.text.the_layer_below") : "");
            int row = directions == 2 ? bands.next(2 * hidden, equation,
                    Texts.get("lesson.text.reverse_rows_tanh_ih_hh")) : bands.next(hidden, equation);
            List<RnnCell> layerCells = new ArrayList<>();
            for (int d = 0; d < directions; d++) {
                layerCells.add(forward(layer, d == 1, row + d * hidden, input));
            }
            cells.add(layerCells);
            input = directions == 1 ? layerCells.get(0).h() : layout.block(null, row, columns.time(0), 2 * hidden,
                    columns.steps(), Role.STATE);
            outputsByLayer.add(input);
        }
        ReadOut readOut = ReadOut.drawForward(draw, bands, outputs, columns.w(), directions * hidden);

        bands.heading(Texts.get("lesson.text.backward_pass_the_gradient_of"), false);
        readOut = readOut.drawBackward(draw, bands);
        for (int layer = layers; layer >= 1; layer--) {
            List<RnnCell> layerCells = cells.get(layer - 1);
            for (int d = 0; d < directions; d++) {
                layerCells.set(d, backward(bands, layerCells.get(d)));
            }
        }
        draw.finish(bands);
        layout.columnWidth(columns.time(columns.steps()), 8);
        return new StackedRnnTensors(x, cells, outputsByLayer, readOut);
    }

    private RnnCell forward(int layer, boolean reverse, int row, Tensor input) {
        String s = RnnCell.suffix(layer, reverse);
        int hidden = columns.hidden();
        int initial = reverse ? columns.time(columns.steps()) : columns.initial();
        Tensor wIh = block("W_ih" + s, row, columns.w(), hidden, input.rows(), Role.PARAMETER, reverse ? null : pair("W_ih" + s));
        Tensor wHh = block("W_hh" + s, row, columns.u(), hidden, hidden, Role.PARAMETER, reverse ? null : pair("W_hh" + s));
        Tensor b = block("b" + s, row, columns.b(), hidden, 1, Role.PARAMETER, reverse ? null : pair("b" + s));
        Tensor h0 = block("h_0" + s, row, initial, hidden, 1, Role.INPUT, "h_0" + s);
        Tensor h = block("H" + s, row, columns.time(0), hidden, columns.steps(), Role.STATE, reverse ? null : pair("H" + s));
        return new RnnCell(layer, reverse, reverse ? hidden : 0, input, wIh, wHh, b, h0, h, null, null, null, null, null);
    }

    private RnnCell backward(TimeBands bands, RnnCell cell) {
        String s = cell.suffix();
        int hidden = columns.hidden();
        Tensor dH = draw.timed("dH" + s, "dH" + s, bands.next(hidden, "dH" + s + Texts.get("lesson.text.what_reaches_from_above")
                + Texts.get("lesson.text.hh_dz_at_the_step") + Texts.get(cell.reverse() ? "lesson.text.before" : "lesson.text.after")), hidden, Role.GRADIENT);
        int row = bands.next(hidden, "dZ" + s + " = dH ⊙ (1 − H²)", Texts.get("lesson.text.dw_ih_dz_input_dw")
                + Texts.get(cell.reverse() ? "lesson.text.after" : "lesson.text.before") + "]ᵀ, db = Σ_t dZ");
        Tensor dZ = draw.timed("dZ" + s, "dZ" + s, row, hidden, Role.GRADIENT);
        Tensor dWIh = draw.left("dW_ih" + s, "dW_ih" + s, row, columns.w(), hidden, cell.wIh().columns(), Role.GRADIENT);
        Tensor dWHh = draw.left("dW_hh" + s, "dW_hh" + s, row, columns.u(), hidden, hidden, Role.GRADIENT);
        Tensor dB = draw.left("db" + s, "db" + s, row, columns.b(), hidden, 1, Role.GRADIENT);
        return cell.withBackward(dH, dZ, dWIh, dWHh, dB);
    }

    /** A named block with {@code label} above it (none for a reverse block: the row above is the forward's). */
    private Tensor block(String name, int row, int column, int rows, int width, Role role, String label) {
        if (label != null) {
            layout.label(row - 1, column, label);
        }
        return layout.block(name, row, column, rows, width, role);
    }

    /** "W_ih_l1", or "W_ih_l1 / W_ih_l1r" over a bidirectional layer, whose reverse rows follow the forward's. */
    private String pair(String name) {
        return directions == 2 ? name + " / " + name + "r" : name;
    }
}
