package org.aibyhand.app.sheet;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import org.aibyhand.engine.book.format.Font;
import org.aibyhand.engine.book.format.RichText;

/**
 * One line of rich text: its runs each in their own font and colour, superscripts and subscripts smaller and
 * raised or lowered, measured as a whole so that the line aligns and runs on into its neighbours like plain text.
 */
final class RichLine {
    /** The size of a superscript or subscript against its run's, as Excel draws them. */
    private static final double SCRIPT_SCALE = 0.7;

    /** One run ready to draw: its text, its whole font, its baseline shift in pixels at 100%. */
    private record Piece(String text, Font font, double rise) {
    }

    private final List<Piece> pieces;

    private RichLine(List<Piece> pieces) {
        this.pieces = pieces;
    }

    /** The runs of {@code rich} over a cell's font. */
    static RichLine of(RichText rich, Font cell) {
        List<Piece> pieces = new ArrayList<>(rich.runs().size());
        for (RichText.Run run : rich.runs()) {
            if (run.font() == null) {
                pieces.add(new Piece(run.text(), cell, 0));
                continue;
            }
            Font font = run.font().on(cell);
            int baseline = run.font().baseline();
            double rise = 0;
            if (baseline != 0) {
                double full = font.sizePoints() * 96 / 72;
                font = new Font(font.family(), font.sizePoints() * SCRIPT_SCALE, font.bold(), font.italic(),
                        font.underline(), font.color());
                rise = baseline > 0 ? full * 0.33 : -full * 0.12;
            }
            pieces.add(new Piece(run.text(), font, rise));
        }
        return new RichLine(pieces);
    }

    double width(TextWidth measure, double zoom) {
        double width = 0;
        for (Piece piece : pieces) {
            width += measure.of(piece.text(), piece.font(), zoom);
        }
        return width;
    }

    /** Draws the runs from {@code x} on, leaving out what lies past {@code room} pixels (texts are cut, not clipped). */
    void draw(GraphicsContext g, double x, double baseline, double room, TextWidth measure, double zoom) {
        double end = x + room + 0.5;
        for (Piece piece : pieces) {
            String text = piece.text();
            double width = measure.of(text, piece.font(), zoom);
            while (x + width > end && !text.isEmpty()) {
                text = text.substring(0, text.length() - 1);
                width = measure.of(text, piece.font(), zoom);
            }
            if (text.isEmpty()) {
                return;
            }
            Font font = piece.font();
            g.setFill(Colors.of(font.color()));
            double y = baseline - piece.rise() * zoom;
            Fonts.fillText(g, text, x, y, font.family(), font.bold(), font.italic(), Fonts.pixels(font, zoom));
            if (font.underline()) {
                g.fillRect(x, y + Math.max(1, zoom), width, Math.max(1, zoom));
            }
            x += width;
        }
    }
}
