package org.aibyhand.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * The chart of the report: full recalculation time against formula cells, log-log, for the engine, POI and the
 * plain-Java loop. Colour tells the program, the marker the workbook (given, Mamba lesson, RNN lesson); the sizes of
 * one lesson are joined by a line. Drawn with java.awt into a PNG, headless.
 */
final class Chart {
    /** Who computed. */
    enum Series {
        ENGINE("this engine", new Color(0x1f77b4)),
        POI("Apache POI", new Color(0xd62728)),
        PLAIN("plain Java loop (the limit)", new Color(0x2ca02c));

        final String label;
        final Color color;

        Series(String label, Color color) {
            this.label = label;
            this.color = color;
        }
    }

    /** What was computed. */
    enum Family {
        GIVEN("given workbooks"), MAMBA("Mamba lesson"), RNN("RNN lesson");

        final String label;

        Family(String label) {
            this.label = label;
        }
    }

    record Point(Series series, Family family, double formulas, double millis) {
    }

    private static final int LEFT = 90;
    private static final int RIGHT = 30;
    private static final int TOP = 50;
    private static final int BOTTOM = 60;

    private Chart() {
    }

    static void write(List<Point> points, int width, int height, Path file) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            Axes axes = Axes.around(points, width, height);
            axes.draw(g);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
            g.setColor(Color.BLACK);
            g.drawString("Full recalculation time against size (log-log)", LEFT, TOP - 20);
            for (Series series : Series.values()) {
                for (Family family : Family.values()) {
                    drawSeries(g, axes, points.stream().filter(p -> p.series() == series && p.family() == family)
                            .sorted(Comparator.comparingDouble(Point::formulas)).toList(), series, family);
                }
            }
            legend(g, LEFT + 14, TOP + 14);
        } finally {
            g.dispose();
        }
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        ImageIO.write(image, "png", file.toFile());
    }

    private static void drawSeries(Graphics2D g, Axes axes, List<Point> points, Series series, Family family) {
        g.setColor(series.color);
        g.setStroke(new BasicStroke(1.5f));
        if (family != Family.GIVEN) {
            for (int i = 1; i < points.size(); i++) {
                g.draw(new Line2D.Double(axes.x(points.get(i - 1).formulas()), axes.y(points.get(i - 1).millis()),
                        axes.x(points.get(i).formulas()), axes.y(points.get(i).millis())));
            }
        }
        for (Point p : points) {
            g.fill(marker(family, axes.x(p.formulas()), axes.y(p.millis()), 5));
        }
    }

    private static Shape marker(Family family, double x, double y, double r) {
        switch (family) {
            case MAMBA:
                return new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r);
            case RNN: {
                Path2D triangle = new Path2D.Double();
                triangle.moveTo(x, y - r - 1);
                triangle.lineTo(x + r + 1, y + r);
                triangle.lineTo(x - r - 1, y + r);
                triangle.closePath();
                return triangle;
            }
            default:
                return new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
        }
    }

    private static void legend(Graphics2D g, int x, int y) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int line = 17;
        int rows = Series.values().length + Family.values().length;
        g.setColor(new Color(255, 255, 255, 230));
        g.fillRect(x - 8, y - 12, 210, rows * line + 10);
        g.setColor(Color.GRAY);
        g.drawRect(x - 8, y - 12, 210, rows * line + 10);
        for (Series series : Series.values()) {
            g.setColor(series.color);
            g.fillRect(x, y - 4, 16, 4);
            g.setColor(Color.BLACK);
            g.drawString(series.label, x + 24, y + 2);
            y += line;
        }
        for (Family family : Family.values()) {
            g.setColor(Color.DARK_GRAY);
            g.fill(marker(family, x + 8, y - 2, 5));
            g.setColor(Color.BLACK);
            g.drawString(family.label, x + 24, y + 2);
            y += line;
        }
    }

    /** Log-scaled axes over whole decades that hold every point. */
    private record Axes(double minX, double maxX, double minY, double maxY, int width, int height) {
        static Axes around(List<Point> points, int width, int height) {
            double minX = decadeBelow(points.stream().mapToDouble(Point::formulas).min().orElse(1));
            double maxX = decadeAbove(points.stream().mapToDouble(Point::formulas).max().orElse(10));
            double minY = decadeBelow(points.stream().mapToDouble(Point::millis).min().orElse(0.01));
            double maxY = decadeAbove(points.stream().mapToDouble(Point::millis).max().orElse(1));
            return new Axes(minX, Math.max(maxX, minX * 10), minY, Math.max(maxY, minY * 10), width, height);
        }

        double x(double value) {
            return LEFT + (width - LEFT - RIGHT) * Math.log10(value / minX) / Math.log10(maxX / minX);
        }

        double y(double value) {
            return height - BOTTOM - (height - TOP - BOTTOM) * Math.log10(value / minY) / Math.log10(maxY / minY);
        }

        void draw(Graphics2D g) {
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            for (double v = minX; v <= maxX * 1.0001; v *= 10) {
                gridLine(g, x(v), TOP, x(v), height - BOTTOM);
                String label = label(v);
                g.drawString(label, (float) (x(v) - g.getFontMetrics().stringWidth(label) / 2.0), height - BOTTOM + 18);
            }
            for (double v = minY; v <= maxY * 1.0001; v *= 10) {
                gridLine(g, LEFT, y(v), width - RIGHT, y(v));
                String label = label(v);
                g.drawString(label, (float) (LEFT - 8 - g.getFontMetrics().stringWidth(label)), (float) y(v) + 4);
            }
            g.setColor(Color.BLACK);
            g.drawRect(LEFT, TOP, width - LEFT - RIGHT, height - TOP - BOTTOM);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            String xLabel = "formula cells";
            g.drawString(xLabel, (width - g.getFontMetrics().stringWidth(xLabel)) / 2f, height - 18);
            String yLabel = "full recalculation time (ms)";
            Graphics2D rotated = (Graphics2D) g.create();
            rotated.rotate(-Math.PI / 2);
            rotated.drawString(yLabel, -(height + rotated.getFontMetrics().stringWidth(yLabel)) / 2f, 22);
            rotated.dispose();
        }

        private static void gridLine(Graphics2D g, double x1, double y1, double x2, double y2) {
            g.setColor(new Color(0xdddddd));
            g.draw(new Line2D.Double(x1, y1, x2, y2));
            g.setColor(Color.DARK_GRAY);
        }

        private static String label(double v) {
            if (v >= 1_000_000) {
                return String.format(Locale.ROOT, "%,.0fM", v / 1_000_000);
            }
            if (v >= 1_000) {
                return String.format(Locale.ROOT, "%,.0fk", v / 1_000);
            }
            return v >= 1 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%s", trim(v));
        }

        private static String trim(double v) {
            return new java.math.BigDecimal(v).round(new java.math.MathContext(1)).stripTrailingZeros().toPlainString();
        }

        private static double decadeBelow(double v) {
            return Math.pow(10, Math.floor(Math.log10(Math.max(v, 1e-9))));
        }

        private static double decadeAbove(double v) {
            return Math.pow(10, Math.ceil(Math.log10(Math.max(v, 1e-9))));
        }
    }
}
