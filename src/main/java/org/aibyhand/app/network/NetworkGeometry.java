package org.aibyhand.app.network;

import org.aibyhand.lesson.network.HeatMap;
import org.aibyhand.lesson.network.NetworkEdge;
import org.aibyhand.lesson.network.NetworkNode;
import org.aibyhand.lesson.network.NetworkPicture;
import org.aibyhand.lesson.network.Part;

/**
 * The picture's units placed on the canvas: one scale that fits the whole picture, centred, and the reverse,
 * which part lies under a point (a neuron first, then a heat-map square, then the nearest edge).
 */
final class NetworkGeometry {
    /** Beyond this many pixels per unit a small network would only grow blurry on a projector. */
    private static final double MAX_UNIT = 90;

    private double unit = 1;
    private double left;
    private double top;

    void fit(NetworkPicture picture, double width, double height) {
        unit = Math.max(1, Math.min(MAX_UNIT, Math.min(width / picture.width(), height / picture.height())));
        left = (width - picture.width() * unit) / 2;
        top = (height - picture.height() * unit) / 2;
    }

    double unit() {
        return unit;
    }

    double x(double units) {
        return left + units * unit;
    }

    double y(double units) {
        return top + units * unit;
    }

    /** The part under a canvas point, or null. */
    Part partAt(NetworkPicture picture, double px, double py, double radius) {
        for (int n = 0; n < picture.nodes().size(); n++) {
            NetworkNode node = picture.nodes().get(n);
            if (Math.hypot(px - x(node.x()), py - y(node.y())) <= radius * unit) {
                return Part.node(n);
            }
        }
        for (int m = 0; m < picture.maps().size(); m++) {
            HeatMap map = picture.maps().get(m);
            int column = (int) Math.floor((px - x(map.x())) / (map.size() * unit));
            int row = (int) Math.floor((py - y(map.y())) / (map.size() * unit));
            if (row >= 0 && row < map.rows() && column >= 0 && column < map.columns()) {
                return Part.map(m, row * map.columns() + column);
            }
        }
        Part nearest = null;
        double best = Math.max(4, unit / 12);
        for (int e = 0; e < picture.edges().size(); e++) {
            NetworkEdge edge = picture.edges().get(e);
            NetworkNode a = picture.nodes().get(edge.from());
            NetworkNode b = picture.nodes().get(edge.to());
            double distance = distanceToSegment(px, py, x(a.x()), y(a.y()), x(b.x()), y(b.y()));
            if (edge.weighted() && distance <= best) {
                best = distance;
                nearest = Part.edge(e);
            }
        }
        return nearest;
    }

    private static double distanceToSegment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double length2 = dx * dx + dy * dy;
        double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }
}
