package org.aibyhand.app.sheet;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.aibyhand.engine.book.format.CellStyle;
import org.aibyhand.engine.book.format.Font;

/** Draws laid-out cell texts: aligned, indented, wrapped, rotated, stacked or shrunk, clipped to their span. */
final class TextPainter {
    /** How much wider than its room a line may be and still be drawn whole, a little narrower. */
    private static final double SQUEEZE = 1.1;
    private final TextWidth measure;
    private final double zoom;

    TextPainter(TextWidth measure, double zoom) {
        this.measure = measure;
        this.zoom = zoom;
    }

    void draw(GraphicsContext g, TextItem item) {
        CellStyle style = item.style();
        double pad = CellText.PADDING * zoom;
        double width = item.right() - item.left();
        double height = item.bottom() - item.top();
        Font font = style.font();
        String first = item.lines().get(0);
        if (style.shrink() && item.lines().size() == 1) {
            font = CellText.shrunk(first, font, zoom, width - 2 * pad, measure);
        }
        g.save();
        g.setFill(Colors.of(font.color()));
        g.setFont(Fonts.fx(font, zoom));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        if (style.rotation() == CellStyle.STACKED) {
            stacked(g, item, font);
        } else if (style.rotation() != 0) {
            rotated(g, item, font, first);
        } else {
            lines(g, item, font);
        }
        g.restore();
    }

    private void lines(GraphicsContext g, TextItem item, Font font) {
        CellStyle style = item.style();
        double pad = CellText.PADDING * zoom;
        double indent = CellText.indent(style, zoom);
        double lineHeight = Fonts.lineHeight(font, zoom);
        double block = lineHeight * item.lines().size();
        double top = switch (style.vertical()) {
            case TOP -> item.top() + pad / 2;
            case CENTER -> item.top() + (item.bottom() - item.top() - block) / 2;
            default -> item.bottom() - block - pad / 2;
        };
        double ascent = Fonts.ascent(font, zoom);
        double room = item.right() - item.left() - 2 * pad - indent;
        int count = item.lines().size();
        int[] shown = shownLines(top, lineHeight, count, item);
        if (item.rich() != null) {
            double x = start(item, Math.min(room, item.rich().width(measure, zoom)), pad, indent);
            item.rich().draw(g, x, top + ascent, room, measure, zoom);
            return;
        }
        for (int i = shown[0]; i <= shown[1]; i++) {
            double baseline = top + i * lineHeight + ascent;
            String whole = item.lines().get(i);
            double wholeWidth = measure.of(whole, font, zoom);
            boolean squeeze = wholeWidth > room && wholeWidth <= room * SQUEEZE;
            String line = squeeze ? whole : cut(whole, font, room);
            double textWidth = squeeze ? room : measure.of(line, font, zoom);
            if (item.align() == CellText.Align.FILL) {
                fill(g, item, font, line, textWidth, baseline);
                continue;
            }
            double x = start(item, textWidth, pad, indent);
            if (squeeze) {
                squeezed(g, line, x, baseline, font, room / wholeWidth);
            } else {
                draw(g, line, x, baseline, font);
            }
            if (font.underline()) {
                g.fillRect(x, baseline + Math.max(1, zoom), textWidth, Math.max(1, zoom));
            }
        }
    }

    /** Where a line of {@code textWidth} pixels starts in its span, by its alignment. */
    private static double start(TextItem item, double textWidth, double pad, double indent) {
        return switch (item.align()) {
            case RIGHT -> item.right() - pad - indent - textWidth;
            case CENTER -> (item.left() + item.right() - textWidth) / 2;
            default -> item.left() + pad + indent;
        };
    }

    /**
     * The lines that lie wholly inside the cell, {first, last}: lines that would spill above or below it are left
     * out, as Excel clips them. When none fits whole, the one at the alignment's edge shows.
     */
    private static int[] shownLines(double top, double lineHeight, int count, TextItem item) {
        int first = -1;
        int last = -2;
        for (int i = 0; i < count; i++) {
            double lineTop = top + i * lineHeight;
            if (lineTop >= item.top() - 1 && lineTop + lineHeight <= item.bottom() + 1) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first >= 0) {
            return new int[] {first, last};
        }
        int edge = switch (item.style().vertical()) {
            case TOP -> 0;
            case CENTER -> count / 2;
            default -> count - 1;
        };
        return new int[] {edge, edge};
    }

    /**
     * Draws a text a few percent narrower than it is: a number fitted by hinted widths (see
     * {@link TextWidth#hinted}) keeps all its digits and its distance from the cell's borders.
     */
    private void squeezed(GraphicsContext g, String text, double x, double baseline, Font font, double scale) {
        g.save();
        g.translate(x, baseline);
        g.scale(scale, 1);
        draw(g, text, 0, 0, font);
        g.restore();
    }

    /**
     * The longest start of a text that fits a width. Texts are cut to their span rather than clipped, because a
     * canvas clip is far too slow to set per cell.
     */
    private String cut(String text, Font font, double room) {
        double limit = room + 0.5;
        if (measure.of(text, font, zoom) <= limit) {
            return text;
        }
        int end = text.length();
        while (end > 1 && measure.of(text.substring(0, end), font, zoom) > limit) {
            end--;
        }
        return text.substring(0, end);
    }

    private void draw(GraphicsContext g, String text, double x, double baseline, Font font) {
        Fonts.fillText(g, text, x, baseline, font.family(), font.bold(), font.italic(), Fonts.pixels(font, zoom));
    }

    /** Fill alignment repeats the text across the cell. */
    private void fill(GraphicsContext g, TextItem item, Font font, String text, double textWidth, double baseline) {
        if (textWidth <= 0) {
            return;
        }
        double room = item.right() - item.left() - 2 * CellText.PADDING * zoom;
        int copies = Math.max(1, (int) (room / textWidth));
        draw(g, text.repeat(copies), item.left() + CellText.PADDING * zoom, baseline, font);
    }

    /** Text turned up (1-90 degrees) or down (91-180), centred on the cell. */
    private void rotated(GraphicsContext g, TextItem item, Font font, String text) {
        int rotation = item.style().rotation();
        double degrees = rotation <= 90 ? -rotation : rotation - 90;
        double textWidth = measure.of(text, font, zoom);
        double centerX = (item.left() + item.right()) / 2;
        double centerY = (item.top() + item.bottom()) / 2;
        g.translate(centerX, centerY);
        g.rotate(degrees);
        double baseline = Fonts.ascent(font, zoom) - Fonts.lineHeight(font, zoom) / 2;
        draw(g, text, -textWidth / 2, baseline, font);
    }

    /** Letters one above the other, centred across the cell. */
    private void stacked(GraphicsContext g, TextItem item, Font font) {
        String text = item.lines().get(0);
        double lineHeight = Fonts.lineHeight(font, zoom);
        double top = item.top() + CellText.PADDING * zoom;
        double ascent = Fonts.ascent(font, zoom);
        for (int i = 0; i < text.length() && top + (i + 1) * lineHeight <= item.bottom() + 0.5; i++) {
            String letter = String.valueOf(text.charAt(i));
            double x = (item.left() + item.right() - measure.of(letter, font, zoom)) / 2;
            draw(g, letter, x, top + i * lineHeight + ascent, font);
        }
    }
}
