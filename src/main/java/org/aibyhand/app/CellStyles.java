package org.aibyhand.app;

import java.util.Locale;
import org.aibyhand.engine.book.format.Border;
import org.aibyhand.engine.book.format.Borders;
import org.aibyhand.engine.book.format.CellStyle;
import org.aibyhand.engine.book.format.Font;
import org.aibyhand.engine.book.format.Rgb;
import org.aibyhand.engine.eval.CellLook;

/** Turns a cell's style into the JavaFX CSS of its grid cell. */
final class CellStyles {
    private CellStyles() {
    }

    /** CSS for a cell; {@code number} decides where General alignment puts the text, as Excel does. */
    static String css(CellStyle style, boolean number) {
        StringBuilder css = new StringBuilder("-fx-padding: 0 1 0 1;");
        Font font = style.font();
        css.append("-fx-font-family: \"").append(family(font.family())).append("\";");
        css.append(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", font.sizePoints() * 96 / 72));
        if (font.bold()) {
            css.append("-fx-font-weight: bold;");
        }
        if (font.italic()) {
            css.append("-fx-font-style: italic;");
        }
        if (font.underline()) {
            css.append("-fx-underline: true;");
        }
        css.append("-fx-text-fill: #").append(font.color().toHex()).append(';');
        if (style.fill() != null) {
            css.append("-fx-background-color: #").append(style.fill().toHex()).append(';');
        }
        css.append("-fx-alignment: ").append(alignment(style, number)).append(';');
        if (style.wrap()) {
            css.append("-fx-wrap-text: true;");
        }
        appendBorders(css, style.borders());
        return css.toString();
    }

    private static String alignment(CellStyle style, boolean number) {
        String vertical = switch (style.vertical()) {
            case TOP -> "TOP";
            case CENTER -> "CENTER";
            default -> "BOTTOM";
        };
        String horizontal = switch (style.horizontal()) {
            case LEFT -> "LEFT";
            case CENTER -> "CENTER";
            case RIGHT -> "RIGHT";
            default -> number ? "RIGHT" : "LEFT";
        };
        return vertical.equals("CENTER") && horizontal.equals("CENTER") ? "CENTER" : vertical + "_" + horizontal;
    }

    private static void appendBorders(StringBuilder css, Borders borders) {
        if (borders.isEmpty()) {
            return;
        }
        Border[] edges = {borders.top(), borders.right(), borders.bottom(), borders.left()};
        StringBuilder colors = new StringBuilder();
        StringBuilder widths = new StringBuilder();
        StringBuilder styles = new StringBuilder();
        for (Border edge : edges) {
            colors.append(edge == null ? " transparent" : " #" + edge.color().toHex());
            widths.append(edge == null ? " 0" : " " + width(edge.line()));
            styles.append(edge == null ? " none" : edge.line() == Border.Line.DASHED ? " dashed"
                    : edge.line() == Border.Line.DOTTED ? " dotted" : " solid");
        }
        css.append("-fx-border-color:").append(colors).append(';');
        css.append("-fx-border-width:").append(widths).append(';');
        css.append("-fx-border-style:").append(styles).append(';');
    }

    private static String width(Border.Line line) {
        return switch (line) {
            case MEDIUM, DOUBLE -> "2";
            case THICK -> "3";
            default -> "1";
        };
    }

    /** A data bar: the bar's colour over the first part of the cell, the fill (or nothing) after it. */
    static String dataBar(CellLook.Bar bar, Rgb fill) {
        String rest = fill == null ? "transparent" : hex(fill);
        double percent = Math.round(bar.fraction() * 1000) / 10.0;
        return String.format(Locale.ROOT, "-fx-background-color: linear-gradient(to right, %s 0%%, %s %.1f%%, %s %.1f%%, %s 100%%);",
                hex(bar.color()), hex(bar.color()), percent, rest, percent, rest);
    }

    private static final java.util.Map<Font, double[]> CHARACTER_WIDTHS = new java.util.HashMap<>();
    /** The font family to draw with (see {@link org.aibyhand.app.sheet.Fonts#family}). */
    static String family(String wanted) {
        return org.aibyhand.app.sheet.Fonts.family(wanted);
    }

    /** The width in pixels of a text in the font as JavaFX draws it (each character measured once per font). */
    static double textWidth(String text, Font font) {
        double[] widths = CHARACTER_WIDTHS.computeIfAbsent(font, CellStyles::measure);
        double total = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            total += c < widths.length && widths[c] > 0 ? widths[c] : widths['0'];
        }
        return total;
    }

    private static double[] measure(Font font) {
        javafx.scene.text.Font fx = javafx.scene.text.Font.font(family(font.family()),
                font.bold() ? javafx.scene.text.FontWeight.BOLD : javafx.scene.text.FontWeight.NORMAL, font.sizePoints() * 96 / 72);
        double[] widths = new double[128];
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        probe.setFont(fx);
        for (char c = 32; c < 128; c++) {
            probe.setText(String.valueOf(c).repeat(10));
            widths[c] = probe.getLayoutBounds().getWidth() / 10;
        }
        return widths;
    }

    /** A colour as CSS. */
    static String hex(Rgb rgb) {
        return "#" + rgb.toHex();
    }
}
