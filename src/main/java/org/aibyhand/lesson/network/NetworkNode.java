package org.aibyhand.lesson.network;

import java.util.List;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.lesson.Role;

/**
 * One neuron (or one unit of a gate or state) of a lesson's network picture: the cell holding its value, the
 * cell holding the loss's gradient with respect to it (null where the lesson computes none), the bias cells it
 * adds, and where it sits in the picture (in units of the spacing between neighbouring neurons).
 */
public record NetworkNode(String symbol, CellAddress value, CellAddress gradient, List<Parameter> biases, Role role,
        double x, double y) {

    public NetworkNode {
        biases = List.copyOf(biases);
    }

    /** The same neuron with one more bias added to it. */
    NetworkNode withBias(Parameter bias) {
        List<Parameter> more = new java.util.ArrayList<>(biases);
        more.add(bias);
        return new NetworkNode(symbol, value, gradient, more, role, x, y);
    }
}
