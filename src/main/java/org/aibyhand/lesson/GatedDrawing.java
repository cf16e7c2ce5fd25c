package org.aibyhand.lesson;

import java.util.function.DoubleSupplier;
import org.aibyhand.i18n.Texts;

/**
 * Draws the blocks of a gated recurrence (LSTM, GRU) on its {@link GatedColumns}: weights on the left of the
 * rows they produce, tensors over time in the step columns, each labelled above and named as a defined name.
 */
public final class GatedDrawing {
    private final TimeLayout layout;
    private final GatedColumns columns;

    public GatedDrawing(TimeLayout layout, GatedColumns columns) {
        this.layout = layout;
        this.columns = columns;
    }

    public TimeLayout layout() {
        return layout;
    }

    public GatedColumns columns() {
        return columns;
    }

    /**
     * The title, the sizes, the forward pass's heading and the input X; returns the bands, which continue under X.
     */
    public TimeBands begin(String title, int outputs) {
        layout.sheet().title(title, Math.min(columns.width(), 14));
        layout.label(1, GatedColumns.LEFT, "I = " + columns.inputs() + Texts.get("lesson.text.inputs") + columns.hidden()
                + Texts.get("lesson.text.hidden_units") + outputs + Texts.get("lesson.text.outputs") + columns.steps() + Texts.get("lesson.text.time_steps_one_column_each"));
        TimeBands bands = columns.bands(layout, 3);
        bands.heading(Texts.get("lesson.text.forward_pass"), true);
        return bands;
    }

    /** The input X, one column per step. */
    public Tensor input(TimeBands bands) {
        return timed("X", Texts.get("lesson.text.inputs2"), bands.next(columns.inputs(), Texts.get("lesson.text.the_input_at_step")), columns.inputs(), Role.INPUT);
    }

    /** The legend under the last band, and the narrow gap columns. */
    public void finish(TimeBands bands) {
        layout.legend(bands.row(), GatedColumns.LEFT);
        columns.gaps(layout);
    }

    /** A block at {@code column} on the left (weights, biases, their gradients), labelled with its name. */
    public Tensor left(String name, String label, int row, int column, int rows, int width, Role role) {
        layout.label(row - 1, column, label);
        return layout.block(name, row, column, rows, width, role);
    }

    /** A tensor with one column per step. */
    public Tensor timed(String name, String label, int row, int rows, Role role) {
        layout.label(row - 1, columns.time(0), label);
        return layout.block(name, row, columns.time(0), rows, columns.steps(), role);
    }

    /** The initial state, in the column just before the first step. */
    public Tensor initial(String name, String label, int row, int rows) {
        return left(name, label, row, columns.initial(), rows, 1, Role.INPUT);
    }

    /**
     * A gate's forward band: W (when {@code w} is named) and U (when {@code u} is named) and b on the left, its
     * values over time; the backward parts are added by {@link #backward}.
     */
    public Gate forward(TimeBands bands, String w, String u, String b, String value, String label, Role role,
            String... equation) {
        int hidden = columns.hidden();
        int row = bands.next(hidden, equation);
        Tensor tW = w == null ? null : left(w, w, row, columns.w(), hidden, columns.inputs(), Role.PARAMETER);
        Tensor tU = u == null ? null : left(u, u, row, columns.u(), hidden, hidden, Role.PARAMETER);
        Tensor tB = left(b, b, row, columns.b(), hidden, 1, Role.PARAMETER);
        Tensor tValue = timed(value, label, row, hidden, role);
        return new Gate(tW, tU, tB, tValue, null, null, null, null);
    }

    /** The gate's backward band: δ over time and, on the left, the gradients of its W, U and b. */
    public Gate backward(TimeBands bands, Gate gate, String delta, String... equation) {
        int hidden = columns.hidden();
        int row = bands.next(hidden, equation);
        Tensor dW = gate.w() == null ? null : gradient(gate.w(), row, columns.w(), gate.w().columns());
        Tensor dU = gate.u() == null ? null : gradient(gate.u(), row, columns.u(), hidden);
        Tensor dB = gradient(gate.b(), row, columns.b(), 1);
        Tensor tDelta = timed(delta, delta, row, hidden, Role.GRADIENT);
        return new Gate(gate.w(), gate.u(), gate.b(), gate.value(), tDelta, dW, dU, dB);
    }

    private Tensor gradient(Tensor parameter, int row, int column, int width) {
        String name = "d" + parameter.name();
        return left(name, name, row, column, columns.hidden(), width, Role.GRADIENT);
    }

    /** Fills every element of a tensor with drawn numbers. */
    public void fill(Tensor tensor, DoubleSupplier value) {
        for (int i = 0; i < tensor.rows(); i++) {
            for (int j = 0; j < tensor.columns(); j++) {
                layout.constant(tensor, i, j, value.getAsDouble());
            }
        }
    }
}
