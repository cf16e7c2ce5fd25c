package org.aibyhand.app.network;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.aibyhand.lesson.network.Caption;
import org.aibyhand.lesson.network.HeatMap;
import org.aibyhand.lesson.network.NetworkEdge;
import org.aibyhand.lesson.network.NetworkNode;
import org.aibyhand.lesson.network.NetworkPicture;
import org.aibyhand.lesson.network.Part;

/**
 * Paints a {@link NetworkFrame} scaled to fit: edges under neurons, heat maps beside them, captions above; the
 * current stage's parts with a yellow halo and the selected ones with an orange ring. A click on a neuron, an
 * edge or a square selects its cell in the grid; hovering names it, its value and its cell.
 */
final class NetworkCanvas extends Region {
    private static final Color STAGE = Color.web("#FFD43B");
    private static final Color SELECTED = Color.web("#F08C00");
    private static final Color INK = Color.web("#212529");
    private static final Color GRADIENT = Color.web("#C92A2A");
    private static final double RADIUS = 0.36;

    private final Canvas canvas = new Canvas();
    private final Tooltip tip = new Tooltip();
    private final NetworkGeometry geometry = new NetworkGeometry();
    private NetworkFrame frame;
    private NetworkCells cells;

    NetworkCanvas() {
        getChildren().add(canvas);
        setMinSize(120, 120);
        setPrefSize(420, 420);
        Tooltip.install(canvas, tip);
        canvas.setOnMouseMoved(e -> {
            Part part = frame == null ? null : geometry.partAt(frame.picture, e.getX(), e.getY(), RADIUS);
            tip.setText(part == null ? "" : frame.describe(part));
        });
        canvas.setOnMouseClicked(e -> {
            Part part = frame == null ? null : geometry.partAt(frame.picture, e.getX(), e.getY(), RADIUS);
            if (part != null && frame.picture.cellOf(part) != null) {
                cells.select(frame.picture.cellOf(part));
            }
        });
    }

    /** Paints the picture from the cells' current values. */
    void paint(NetworkPicture picture, NetworkCells source) {
        cells = source;
        frame = picture == null ? null : new NetworkFrame(picture, source);
        draw();
    }

    NetworkFrame frame() {
        return frame;
    }

    NetworkGeometry geometry() {
        return geometry;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (frame == null) {
            return;
        }
        NetworkPicture picture = frame.picture;
        geometry.fit(picture, canvas.getWidth(), canvas.getHeight());
        for (int e = 0; e < picture.edges().size(); e++) {
            edge(g, e);
        }
        for (int m = 0; m < picture.maps().size(); m++) {
            map(g, m);
        }
        for (int n = 0; n < picture.nodes().size(); n++) {
            node(g, n);
        }
        g.setFill(INK);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(Font.font("System", FontWeight.BOLD, Math.min(28, geometry.unit() * 0.4)));
        for (Caption caption : picture.captions()) {
            g.fillText(caption.text(), geometry.x(caption.x()), geometry.y(caption.y()));
        }
    }

    private void edge(GraphicsContext g, int e) {
        NetworkEdge edge = frame.picture.edges().get(e);
        NetworkNode from = frame.picture.nodes().get(edge.from());
        NetworkNode to = frame.picture.nodes().get(edge.to());
        double x1 = geometry.x(from.x());
        double y1 = geometry.y(from.y());
        double x2 = geometry.x(to.x());
        double y2 = geometry.y(to.y());
        double width = ValueColors.width(0, 1, geometry.unit()) + geometry.unit() / 10 * frame.edgeStrengths[e];
        Part part = Part.edge(e);
        if (frame.staged.contains(part) || frame.selected.contains(part)) {
            g.setStroke(frame.selected.contains(part) ? SELECTED : STAGE);
            g.setLineWidth(width + geometry.unit() / 8);
            g.strokeLine(x1, y1, x2, y2);
        }
        g.setStroke(frame.edgeColors[e]);
        g.setLineWidth(width);
        g.setLineDashes(frame.edgeHidden[e] ? new double[] {4, 4} : null);
        g.strokeLine(x1, y1, x2, y2);
        g.setLineDashes(null);
        if (frame.backward && edge.weighted() && !frame.edgeHidden[e]) {
            arrowHead(g, x2, y2, x1, y1, width);
        }
    }

    /** A head at the start of the edge, pointing back along it: the gradient flows toward the input. */
    private void arrowHead(GraphicsContext g, double fromX, double fromY, double tipX, double tipY, double width) {
        double length = Math.hypot(tipX - fromX, tipY - fromY);
        if (length < 1) {
            return;
        }
        double ux = (tipX - fromX) / length;
        double uy = (tipY - fromY) / length;
        double r = RADIUS * geometry.unit();
        double ax = tipX - ux * r;
        double ay = tipY - uy * r;
        double size = Math.max(5, width * 2.5);
        g.setFill(g.getStroke());
        g.fillPolygon(new double[] {ax, ax - ux * size - uy * size / 2, ax - ux * size + uy * size / 2},
                new double[] {ay, ay - uy * size + ux * size / 2, ay - uy * size - ux * size / 2}, 3);
    }

    private void node(GraphicsContext g, int n) {
        NetworkNode node = frame.picture.nodes().get(n);
        double r = RADIUS * geometry.unit();
        double cx = geometry.x(node.x());
        double cy = geometry.y(node.y());
        Part part = Part.node(n);
        if (frame.staged.contains(part)) {
            g.setFill(STAGE);
            g.fillOval(cx - r * 1.35, cy - r * 1.35, r * 2.7, r * 2.7);
        }
        g.setFill(frame.nodeFills[n]);
        g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        boolean selected = frame.selected.contains(part);
        g.setStroke(selected ? SELECTED : Color.rgb(node.role().fill().red(), node.role().fill().green(), node.role().fill().blue()).darker().darker());
        g.setLineWidth(selected ? Math.max(2.5, r / 4) : 1.2);
        g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
        if (r < 11) {
            return;
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(INK);
        g.setFont(Font.font("System", r * 0.55));
        g.fillText(frame.nodeTexts[n], cx, cy);
        g.setFont(Font.font("System", r * 0.48));
        if (!frame.nodeBiases[n].isEmpty()) {
            g.setFill(Color.web("#495057"));
            g.fillText(frame.nodeBiases[n], cx, cy - r * 1.3);
        }
        if (frame.nodeGradients[n] != null) {
            g.setFill(GRADIENT);
            g.fillText("∂ " + frame.nodeGradients[n], cx, cy + r * 1.3);
        }
    }

    private void map(GraphicsContext g, int m) {
        HeatMap map = frame.picture.maps().get(m);
        double size = map.size() * geometry.unit();
        double left = geometry.x(map.x());
        double top = geometry.y(map.y());
        g.setFill(INK);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.setFont(Font.font("System", FontWeight.BOLD, geometry.unit() * 0.4));
        g.fillText(map.symbol(), left, top - 2);
        for (int r = 0; r < map.rows(); r++) {
            for (int c = 0; c < map.columns(); c++) {
                int i = r * map.columns() + c;
                double x = left + c * size;
                double y = top + r * size;
                g.setFill(frame.squareFills[m][i]);
                g.fillRect(x, y, size, size);
                Part part = Part.map(m, i);
                boolean lit = frame.selected.contains(part) || frame.staged.contains(part);
                g.setStroke(frame.selected.contains(part) ? SELECTED : lit ? STAGE.darker() : Color.web("#ADB5BD"));
                g.setLineWidth(lit ? 2.5 : 0.8);
                g.strokeRect(x, y, size, size);
                if (size >= 26 && !frame.squareTexts[m][i].isEmpty()) {
                    g.setFill(INK);
                    g.setTextAlign(TextAlignment.CENTER);
                    g.setTextBaseline(VPos.CENTER);
                    g.setFont(Font.font("System", size * 0.3));
                    g.fillText(frame.squareTexts[m][i], x + size / 2, y + size / 2);
                }
            }
        }
    }
}
