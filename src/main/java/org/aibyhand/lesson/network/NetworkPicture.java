package org.aibyhand.lesson.network;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.CellAddress;

/**
 * A lesson's network as the textbooks draw it, tied to the cells that hold every number: neurons, weighted and
 * fixed edges, heat maps and captions, laid out in a {@code width × height} box (units of neuron spacing). All
 * of it is on the lesson's first sheet. {@code cut} says that only the first steps of a long sequence (or the
 * first neurons of a wide layer) are drawn, so the view can say the rest is left out.
 */
public record NetworkPicture(String kind, List<NetworkNode> nodes, List<NetworkEdge> edges, List<HeatMap> maps,
        List<Caption> captions, double width, double height, boolean cut) {

    public NetworkPicture {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        maps = List.copyOf(maps);
        captions = List.copyOf(captions);
    }

    /** The cell a click on a part selects: a neuron's value, an edge's weight, a heat map's square. */
    public CellAddress cellOf(Part part) {
        switch (part.kind()) {
            case NODE:
                return nodes.get(part.index()).value();
            case EDGE:
                NetworkEdge edge = edges.get(part.index());
                return edge.weighted() ? edge.weight().value() : null;
            default:
                return maps.get(part.index()).cells().get(part.cell());
        }
    }

    /** Every cell a part stands for: its value or weight, its biases and the gradients of each. */
    public List<CellAddress> cellsOf(Part part) {
        List<CellAddress> cells = new ArrayList<>();
        switch (part.kind()) {
            case NODE:
                NetworkNode node = nodes.get(part.index());
                cells.add(node.value());
                cells.add(node.preActivation());
                cells.add(node.gradient());
                node.biases().forEach(bias -> {
                    cells.add(bias.value());
                    cells.add(bias.gradient());
                });
                break;
            case EDGE:
                NetworkEdge edge = edges.get(part.index());
                if (edge.weighted()) {
                    cells.add(edge.weight().value());
                    cells.add(edge.weight().gradient());
                }
                break;
            default:
                HeatMap map = maps.get(part.index());
                cells.add(map.cells().get(part.cell()));
                cells.add(map.gradients().isEmpty() ? null : map.gradients().get(part.cell()));
        }
        cells.removeIf(java.util.Objects::isNull);
        return cells;
    }

    /** The parts with any of their cells inside one of the areas, for lighting a selection or a stage. */
    public Set<Part> partsIn(List<Area> areas) {
        Set<Part> parts = new LinkedHashSet<>();
        if (areas.isEmpty()) {
            return parts;
        }
        for (Part part : allParts()) {
            if (cellsOf(part).stream().anyMatch(cell -> areas.stream().anyMatch(a -> a.contains(cell.row(), cell.column())))) {
                parts.add(part);
            }
        }
        return parts;
    }

    /** Nodes, then edges, then every square of every heat map. */
    public List<Part> allParts() {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            parts.add(Part.node(i));
        }
        for (int i = 0; i < edges.size(); i++) {
            parts.add(Part.edge(i));
        }
        for (int m = 0; m < maps.size(); m++) {
            for (int c = 0; c < maps.get(m).cells().size(); c++) {
                parts.add(Part.map(m, c));
            }
        }
        return parts;
    }
}
