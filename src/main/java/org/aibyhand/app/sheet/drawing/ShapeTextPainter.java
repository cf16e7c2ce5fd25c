package org.aibyhand.app.sheet.drawing;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.aibyhand.engine.book.drawing.TextBody;

/**
 * Lays a shape's text out in its text box and draws it: words wrap at the box's width where the body wraps,
 * each paragraph is aligned left, centred or right, and the block sits at the top, middle or bottom.
 */
final class ShapeTextPainter {
    private static final double POINTS_TO_PIXELS = 96.0 / 72;

    private final TextMeasure measure;
    /** Layouts by text body (by identity: the sheet's own objects), so scrolling measures no text again. */
    private final Map<TextBody, Layout> layouts = new IdentityHashMap<>();

    ShapeTextPainter(TextMeasure measure) {
        this.measure = measure;
    }

    /** A body's lines for one width and zoom. */
    private record Layout(double width, double scale, List<Line> lines) {
    }

    /** A piece of one run on one line. */
    private record Piece(String text, Font font, TextBody.TextRun run, double width) {
    }

    /** One laid-out line: its pieces, their width without trailing spaces, its height and baseline. */
    private static final class Line {
        final List<Piece> pieces = new ArrayList<>();
        final String alignment;
        double width;
        double trimmedWidth;
        double height;
        double ascent;

        Line(String alignment) {
            this.alignment = alignment;
        }

        /** Whether a new word may start here: the line has text and its last piece ends in a space. */
        boolean endsWord() {
            if (pieces.isEmpty()) {
                return false;
            }
            String last = pieces.get(pieces.size() - 1).text();
            return Character.isWhitespace(last.charAt(last.length() - 1));
        }

        void add(Piece piece, TextMeasure measure) {
            pieces.add(piece);
            width += piece.width();
            String trimmed = piece.text().stripTrailing();
            trimmedWidth = trimmed.length() == piece.text().length() ? width
                    : width - piece.width() + measure.width(trimmed, piece.font());
            height = Math.max(height, measure.lineHeight(piece.font()));
            ascent = Math.max(ascent, measure.ascent(piece.font()));
        }
    }

    /** Draws {@code body} in {@code area} (the shape's box less its insets), at {@code scale} canvas pixels per pixel. */
    void paint(GraphicsContext g, TextBody body, Box area, double scale) {
        List<Line> lines = laidOut(body, area.width(), scale);
        double total = 0;
        for (Line line : lines) {
            total += line.height;
        }
        double top = switch (body.verticalAnchor()) {
            case "ctr" -> area.y() + (area.height() - total) / 2;
            case "b" -> area.bottom() - total;
            default -> area.y();
        };
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        for (Line line : lines) {
            double x = switch (line.alignment) {
                case "ctr" -> area.x() + (area.width() - line.trimmedWidth) / 2;
                case "r" -> area.right() - line.trimmedWidth;
                default -> area.x();
            };
            double baseline = top + line.ascent;
            for (Piece piece : line.pieces) {
                g.setFont(piece.font());
                g.setFill(Paints.of(piece.run().color()));
                double lift = piece.run().baseline() * piece.run().sizePoints() * POINTS_TO_PIXELS * scale;
                g.fillText(piece.text(), x, baseline - lift);
                x += piece.width();
            }
            top += line.height;
        }
    }

    /** The body's lines, laid out again only when the zoom or the box's width changed since the last paint. */
    private List<Line> laidOut(TextBody body, double width, double scale) {
        Layout known = layouts.get(body);
        if (known == null || known.width != width || known.scale != scale) {
            known = new Layout(width, scale, layout(body, width, scale));
            layouts.put(body, known);
        }
        return known.lines;
    }

    private List<Line> layout(TextBody body, double width, double scale) {
        List<Line> lines = new ArrayList<>();
        for (TextBody.Paragraph paragraph : body.paragraphs()) {
            Line line = new Line(paragraph.alignment());
            for (TextBody.TextRun given : paragraph.runs()) {
                TextBody.TextRun run = MathLetters.plain(given);
                // Sub- and superscripts are drawn at two thirds of their size, as Office draws them.
                double shrink = run.baseline() == 0 ? 1 : 2.0 / 3;
                Font font = measure.font(run.font(), run.bold(), run.italic(),
                        run.sizePoints() * POINTS_TO_PIXELS * scale * shrink);
                if (run.text().equals("\n")) {
                    line = next(lines, line, paragraph, font);
                    continue;
                }
                for (String word : run.text().split("(?<=\\s)")) {
                    if (word.isEmpty()) {
                        continue;
                    }
                    Piece piece = new Piece(word, font, run, measure.width(word, font));
                    double fits = measure.width(word.stripTrailing(), font);
                    // Lines break between words only: a word made of several runs ("Y" and a smaller "1") stays whole.
                    if (body.wrap() && line.endsWord() && line.width + fits > width + 0.5) {
                        line = next(lines, line, paragraph, font);
                    }
                    line.add(piece, measure);
                }
            }
            if (line.pieces.isEmpty()) {
                emptyLine(line, paragraph, scale);
            }
            lines.add(line);
        }
        return lines;
    }

    /** Ends a line and starts the next of the same paragraph. */
    private Line next(List<Line> lines, Line line, TextBody.Paragraph paragraph, Font font) {
        if (line.pieces.isEmpty()) {
            line.height = measure.lineHeight(font);
            line.ascent = measure.ascent(font);
        }
        lines.add(line);
        return new Line(paragraph.alignment());
    }

    /** An empty paragraph still takes a line, as tall as its runs' font (11 points when it has none). */
    private void emptyLine(Line line, TextBody.Paragraph paragraph, double scale) {
        double points = paragraph.runs().isEmpty() ? 11 : paragraph.runs().get(0).sizePoints();
        Font font = measure.font(null, false, false, points * POINTS_TO_PIXELS * scale);
        line.height = measure.lineHeight(font);
        line.ascent = measure.ascent(font);
    }
}
