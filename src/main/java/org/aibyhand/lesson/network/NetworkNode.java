package org.aibyhand.lesson.network;

import java.util.List;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.lesson.Role;

/**
 * One neuron (or one unit of a gate or state) of a lesson's network picture: the cell holding its value, the
 * cell holding its pre-activation (null where the value is computed in one cell), the cell holding the loss's
 * gradient with respect to it (null where the lesson computes none), the bias cells it adds, and where it sits
 * in the picture (in units of the spacing between neighbouring neurons).
 */
public record NetworkNode(String symbol, CellAddress value, CellAddress preActivation, CellAddress gradient,
        List<Parameter> biases, Role role, double x, double y) {

    public NetworkNode {
        biases = List.copyOf(biases);
    }

    /** The same neuron with one more bias added to it. */
    NetworkNode withBias(Parameter bias) {
        List<Parameter> more = new java.util.ArrayList<>(biases);
        more.add(bias);
        return new NetworkNode(symbol, value, preActivation, gradient, more, role, x, y);
    }

    /** The same neuron with the cell of its pre-activation (Z of A = f(Z)). */
    NetworkNode withPreActivation(CellAddress cell) {
        return new NetworkNode(symbol, value, cell, gradient, biases, role, x, y);
    }
}
