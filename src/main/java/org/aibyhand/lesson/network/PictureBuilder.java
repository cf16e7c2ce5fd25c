package org.aibyhand.lesson.network;

import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.lesson.Role;

/**
 * Puts a picture together from named tensors: bands of neurons (one per row of a tensor at one step), the
 * weight matrices between bands, element-wise links, biases, heat maps and captions. A band shows at most
 * {@value #MAX_UNITS} neurons and a sequence at most {@value #MAX_STEPS} steps, so a large lesson still draws
 * legibly; the picture then says it is cut.
 */
final class PictureBuilder {
    static final int MAX_UNITS = 12;
    static final int MAX_STEPS = 6;
    static final double DOWN_SPACING = 1.5;

    private final LessonTensors tensors;
    private final List<NetworkNode> nodes = new ArrayList<>();
    private final List<NetworkEdge> edges = new ArrayList<>();
    private final List<HeatMap> maps = new ArrayList<>();
    private final List<Caption> captions = new ArrayList<>();
    private double right;
    private double bottom;
    private boolean cut;

    PictureBuilder(LessonTensors tensors) {
        this.tensors = tensors;
    }

    LessonTensors tensors() {
        return tensors;
    }

    /** How many of a tensor's columns (steps or tokens) to draw; a longer sequence is cut. */
    int steps(String tensor) {
        Area area = tensors.area(tensor);
        int all = area == null ? 0 : area.columns();
        cut |= all > MAX_STEPS;
        return Math.min(all, MAX_STEPS);
    }

    /** How many of a tensor's rows a band draws. */
    int units(String tensor) {
        Area area = tensors.area(tensor);
        return area == null ? 0 : Math.min(area.rows(), MAX_UNITS);
    }

    /**
     * A band of neurons: rows of {@code tensor} at column {@code step}, from (x, y) across (to the right, one
     * unit apart) or down ({@link #DOWN_SPACING} apart, leaving room for each neuron's bias and gradient);
     * {@code gradient} names the tensor of their gradients (or is null). Returns the nodes' indices.
     */
    List<Integer> band(String symbol, String tensor, int step, String gradient, Role role, double x, double y,
            boolean across) {
        Area area = tensors.area(tensor);
        Area grads = gradient == null ? null : tensors.area(gradient);
        List<Integer> band = new ArrayList<>();
        if (area == null || step >= area.columns()) {
            return band;
        }
        cut |= area.rows() > MAX_UNITS;
        for (int k = 0; k < Math.min(area.rows(), MAX_UNITS); k++) {
            CellAddress g = grads != null && grads.rows() == area.rows() && step < grads.columns()
                    ? LessonTensors.at(grads, k, step) : null;
            double nx = across ? x + k : x;
            double ny = across ? y : y + k * DOWN_SPACING;
            band.add(node(new NetworkNode(symbol + "[" + (k + 1) + "]", LessonTensors.at(area, k, step), null, g, List.of(),
                    role, nx, ny)));
        }
        return band;
    }

    private int node(NetworkNode node) {
        nodes.add(node);
        extend(node.x(), node.y());
        return nodes.size() - 1;
    }

    /** The edges of {@code to = W · from}: weight W[i][k] joins from[k] to to[i]. */
    void dense(List<Integer> from, List<Integer> to, String weights, String gradients) {
        Area w = tensors.area(weights);
        Area dw = gradients == null ? null : tensors.area(gradients);
        if (w == null) {
            return;
        }
        for (int i = 0; i < Math.min(to.size(), w.rows()); i++) {
            for (int k = 0; k < Math.min(from.size(), w.columns()); k++) {
                CellAddress grad = dw != null && dw.rows() == w.rows() && dw.columns() == w.columns()
                        ? LessonTensors.at(dw, i, k) : null;
                edges.add(new NetworkEdge(from.get(k), to.get(i), new Parameter(LessonTensors.at(w, i, k), grad)));
            }
        }
    }

    /** Fixed links joining neuron k of one band to neuron k of another (an element-wise product or sum). */
    void elementwise(List<Integer> from, List<Integer> to) {
        for (int k = 0; k < Math.min(from.size(), to.size()); k++) {
            edges.add(new NetworkEdge(from.get(k), to.get(k), null));
        }
    }

    /** Links joining neuron k of one band to neuron k of another, all scaled by one weight cell. */
    void scaled(List<Integer> from, List<Integer> to, CellAddress weight, CellAddress gradient) {
        for (int k = 0; k < Math.min(from.size(), to.size()); k++) {
            edges.add(new NetworkEdge(from.get(k), to.get(k), new Parameter(weight, gradient)));
        }
    }

    /** Links joining neuron k of one band to neuron k of another, scaled by element k of a column vector. */
    void diagonal(List<Integer> from, List<Integer> to, String weights) {
        Area w = tensors.area(weights);
        if (w == null) {
            return;
        }
        for (int k = 0; k < Math.min(Math.min(from.size(), to.size()), w.rows()); k++) {
            edges.add(new NetworkEdge(from.get(k), to.get(k), new Parameter(LessonTensors.at(w, k, 0), null)));
        }
    }

    /** Adds b[i] (and db[i]) as a bias of the band's neuron i. */
    void bias(List<Integer> band, String bias, String gradient) {
        Area b = tensors.area(bias);
        Area db = gradient == null ? null : tensors.area(gradient);
        if (b == null) {
            return;
        }
        for (int i = 0; i < Math.min(band.size(), b.rows()); i++) {
            CellAddress grad = db != null && db.rows() == b.rows() ? LessonTensors.at(db, i, 0) : null;
            int node = band.get(i);
            nodes.set(node, nodes.get(node).withBias(new Parameter(LessonTensors.at(b, i, 0), grad)));
        }
    }

    /** Gives the band's neurons, the values at column {@code step} of a tensor, their pre-activations too. */
    void preActivations(List<Integer> band, String tensor, int step) {
        Area z = tensors.area(tensor);
        for (int i = 0; z != null && i < Math.min(band.size(), z.rows()); i++) {
            int node = band.get(i);
            nodes.set(node, nodes.get(node).withPreActivation(LessonTensors.at(z, i, step)));
        }
    }

    /** A whole tensor as a heat map with its top-left at (x, y); returns its index, or -1 when there is none. */
    int map(String symbol, String tensor, String gradient, double x, double y, double size) {
        Area area = tensors.area(tensor);
        return area == null ? -1 : map(symbol, area, gradient, x, y, size);
    }

    /** The cells of an area as a heat map, for a block the lesson does not name. */
    int map(String symbol, Area area, String gradient, double x, double y, double size) {
        int rows = Math.min(area.rows(), MAX_UNITS * 2);
        int columns = Math.min(area.columns(), MAX_UNITS * 2);
        cut |= rows < area.rows() || columns < area.columns();
        Area grads = gradient == null ? null : tensors.area(gradient);
        boolean withGradients = grads != null && grads.rows() == area.rows() && grads.columns() == area.columns();
        List<CellAddress> cells = new ArrayList<>();
        List<CellAddress> gradients = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                cells.add(LessonTensors.at(area, r, c));
                if (withGradients) {
                    gradients.add(LessonTensors.at(grads, r, c));
                }
            }
        }
        maps.add(new HeatMap(symbol, rows, columns, cells, gradients, x, y, size));
        extend(x + columns * size, y + rows * size);
        return maps.size() - 1;
    }

    void caption(String text, double x, double y) {
        captions.add(new Caption(text, x, y));
        extend(x, y);
    }

    private void extend(double x, double y) {
        right = Math.max(right, x);
        bottom = Math.max(bottom, y);
    }

    /** How wide the picture is so far: what is added next to its right starts beyond this. */
    double width() {
        return right + 1;
    }

    NetworkPicture build(String kind) {
        return new NetworkPicture(kind, nodes, edges, maps, captions, width(), bottom + 1, cut);
    }
}
