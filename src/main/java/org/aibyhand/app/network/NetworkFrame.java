package org.aibyhand.app.network;

import java.util.List;
import java.util.Set;
import javafx.scene.paint.Color;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.lesson.network.HeatMap;
import org.aibyhand.lesson.network.NetworkEdge;
import org.aibyhand.lesson.network.NetworkNode;
import org.aibyhand.lesson.network.NetworkPicture;
import org.aibyhand.lesson.network.Part;

/**
 * What one paint of the picture shows, worked out from the cells before anything is drawn (so tests read it
 * without pixels): each edge's colour and width, each neuron's fill and number, each square's fill, what
 * reveal mode hides, what the selection and the current stage light up, and whether the stage is a backward
 * one, in which case edges carry their weights' gradients and point back toward the input.
 */
final class NetworkFrame {
    final NetworkPicture picture;
    final boolean backward;
    final Color[] edgeColors;
    final double[] edgeStrengths;
    final boolean[] edgeHidden;
    final Color[] nodeFills;
    final String[] nodeTexts;
    final String[] nodeGradients;
    final String[] nodeBiases;
    final boolean[] nodeHidden;
    final Color[][] squareFills;
    final String[][] squareTexts;
    final Set<Part> staged;
    final Set<Part> selected;
    private final NetworkCells cells;

    NetworkFrame(NetworkPicture picture, NetworkCells cells) {
        this.picture = picture;
        this.cells = cells;
        List<Area> stage = cells.stage();
        this.backward = isBackward(picture, stage);
        this.staged = picture.partsIn(stage);
        this.selected = picture.partsIn(cells.selection());
        int edges = picture.edges().size();
        edgeColors = new Color[edges];
        edgeStrengths = new double[edges];
        edgeHidden = new boolean[edges];
        double maxEdge = 0;
        double[] values = new double[edges];
        for (int e = 0; e < edges; e++) {
            CellAddress cell = edgeCell(picture.edges().get(e));
            edgeHidden[e] = cell != null && cells.hidden(cell);
            values[e] = cell == null || edgeHidden[e] ? Double.NaN : number(cells, cell);
            maxEdge = Double.isNaN(values[e]) ? maxEdge : Math.max(maxEdge, Math.abs(values[e]));
        }
        for (int e = 0; e < edges; e++) {
            boolean fixed = !picture.edges().get(e).weighted();
            edgeColors[e] = edgeHidden[e] ? ValueColors.HIDDEN : fixed ? ValueColors.FIXED : ValueColors.line(values[e], maxEdge);
            edgeStrengths[e] = fixed ? 0.2 : ValueColors.strength(values[e], maxEdge);
        }
        int nodes = picture.nodes().size();
        nodeFills = new Color[nodes];
        nodeTexts = new String[nodes];
        nodeGradients = new String[nodes];
        nodeBiases = new String[nodes];
        nodeHidden = new boolean[nodes];
        double maxNode = 0;
        for (NetworkNode node : picture.nodes()) {
            maxNode = Math.max(maxNode, Math.abs(orZero(cells, node.value())));
        }
        for (int n = 0; n < nodes; n++) {
            NetworkNode node = picture.nodes().get(n);
            nodeHidden[n] = cells.hidden(node.value());
            Double value = nodeHidden[n] ? null : cells.value(node.value());
            nodeFills[n] = value == null ? ValueColors.HIDDEN : ValueColors.fill(value, maxNode);
            nodeTexts[n] = value == null ? "" : ValueColors.text(value);
            nodeGradients[n] = backward ? shown(cells, node.gradient()) : null;
            nodeBiases[n] = biases(cells, node);
        }
        squareFills = new Color[picture.maps().size()][];
        squareTexts = new String[picture.maps().size()][];
        for (int m = 0; m < picture.maps().size(); m++) {
            HeatMap map = picture.maps().get(m);
            squareFills[m] = squares(map, cells);
            squareTexts[m] = new String[map.cells().size()];
            for (int c = 0; c < squareTexts[m].length; c++) {
                String text = shown(cells, backward && !map.gradients().isEmpty() ? map.gradients().get(c) : map.cells().get(c));
                squareTexts[m][c] = text == null ? "" : text;
            }
        }
    }

    /**
     * A part in symbols, for its tooltip: "h₂[1] = 0.43 (K30)", "x₁[2] → h₁[1]: 0.40 (C10)", "A[2,3] = 0.25
     * (G38)". A value reveal mode hides is left out.
     */
    String describe(Part part) {
        CellAddress cell = picture.cellOf(part);
        String where = cell == null ? "" : " (" + cell.toA1() + ")";
        switch (part.kind()) {
            case NODE:
                String text = nodeTexts[part.index()];
                return picture.nodes().get(part.index()).symbol() + (text.isEmpty() ? "" : " = " + text) + where;
            case EDGE:
                NetworkEdge edge = picture.edges().get(part.index());
                String value = edge.weighted() ? shownValue(edgeCell(edge)) : null;
                return picture.nodes().get(edge.from()).symbol() + " → " + picture.nodes().get(edge.to()).symbol()
                        + (value == null ? "" : ": " + value) + where;
            default:
                HeatMap map = picture.maps().get(part.index());
                String square = squareTexts[part.index()][part.cell()];
                return map.symbol() + "[" + (part.cell() / map.columns() + 1) + "," + (part.cell() % map.columns() + 1) + "]"
                        + (square.isEmpty() ? "" : " = " + square) + where;
        }
    }

    private String shownValue(CellAddress cell) {
        return cells == null ? null : shown(cells, cell);
    }

    /** The cell an edge shows: its weight, or in a backward stage its weight's gradient where there is one. */
    CellAddress edgeCell(NetworkEdge edge) {
        if (!edge.weighted()) {
            return null;
        }
        return backward && edge.weight().gradient() != null ? edge.weight().gradient() : edge.weight().value();
    }

    /** A stage is a backward one when it reveals a gradient of something the picture draws. */
    private static boolean isBackward(NetworkPicture picture, List<Area> stage) {
        for (Area area : stage) {
            for (NetworkEdge edge : picture.edges()) {
                CellAddress g = edge.weighted() ? edge.weight().gradient() : null;
                if (g != null && area.contains(g.row(), g.column())) {
                    return true;
                }
            }
            for (NetworkNode node : picture.nodes()) {
                CellAddress g = node.gradient();
                if (g != null && area.contains(g.row(), g.column())) {
                    return true;
                }
            }
        }
        return false;
    }

    private Color[] squares(HeatMap map, NetworkCells cells) {
        Color[] fills = new Color[map.cells().size()];
        Double[] values = new Double[fills.length];
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (int c = 0; c < fills.length; c++) {
            CellAddress cell = backward && !map.gradients().isEmpty() ? map.gradients().get(c) : map.cells().get(c);
            values[c] = cells.hidden(cell) ? null : cells.value(cell);
            if (values[c] != null) {
                min = Math.min(min, Math.abs(values[c]));
                max = Math.max(max, Math.abs(values[c]));
            }
        }
        for (int c = 0; c < fills.length; c++) {
            fills[c] = values[c] == null ? ValueColors.HIDDEN : ValueColors.square(values[c], min, max);
        }
        return fills;
    }

    private static String biases(NetworkCells cells, NetworkNode node) {
        StringBuilder text = new StringBuilder();
        for (var bias : node.biases()) {
            String value = shown(cells, bias.value());
            if (value != null) {
                text.append(text.length() == 0 ? "" : " ").append(value.startsWith("-") ? value : "+" + value);
            }
        }
        return text.toString();
    }

    /** A cell's number as text, or null when it is hidden, missing or not a number. */
    private static String shown(NetworkCells cells, CellAddress cell) {
        if (cell == null || cells.hidden(cell)) {
            return null;
        }
        Double value = cells.value(cell);
        return value == null ? null : ValueColors.text(value);
    }

    private static double number(NetworkCells cells, CellAddress cell) {
        Double value = cells.value(cell);
        return value == null ? Double.NaN : value;
    }

    private static double orZero(NetworkCells cells, CellAddress cell) {
        Double value = cells.hidden(cell) ? null : cells.value(cell);
        return value == null ? 0 : value;
    }
}
