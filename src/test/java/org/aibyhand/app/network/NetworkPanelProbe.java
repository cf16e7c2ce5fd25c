package org.aibyhand.app.network;

import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.paint.Color;
import org.aibyhand.lesson.network.NetworkNode;
import org.aibyhand.lesson.network.Part;

/** Reads what a network panel's last paint showed, for the window tests in another package. */
public final class NetworkPanelProbe {
    private final NetworkPanel panel;

    public NetworkPanelProbe(NetworkPanel panel) {
        this.panel = panel;
    }

    private NetworkFrame frame() {
        NetworkFrame frame = panel.canvas().frame();
        if (frame == null) {
            throw new AssertionError("nothing painted");
        }
        return frame;
    }

    public int drawnNodes() {
        return frame().nodeFills.length;
    }

    public int drawnEdges() {
        return frame().edgeColors.length;
    }

    public int drawnSquares(int map) {
        return frame().squareFills[map].length;
    }

    public Color edgeColor(int edge) {
        return frame().edgeColors[edge];
    }

    public String nodeText(int node) {
        return frame().nodeTexts[node];
    }

    public boolean nodeHidden(int node) {
        return frame().nodeHidden[node];
    }

    /** What hovering over a neuron says. */
    public String describeNode(int node) {
        return frame().describe(Part.node(node));
    }

    public boolean backward() {
        return frame().backward;
    }

    public Set<Part> selectedParts() {
        return frame().selected;
    }

    public Set<Part> stagedParts() {
        return frame().staged;
    }

    /** Where a neuron's centre is on the screen, for a robot's click. */
    public Point2D screenPointOfNode(int node) {
        NetworkNode n = frame().picture.nodes().get(node);
        NetworkGeometry geometry = panel.canvas().geometry();
        return panel.canvas().localToScreen(geometry.x(n.x()), geometry.y(n.y()));
    }
}
