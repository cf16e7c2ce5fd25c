package org.aibyhand.app.sheet;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.aibyhand.engine.book.format.Font;

/**
 * Fonts as the sheet draws them: the workbook's family, or a metric-compatible stand-in where it is not installed,
 * at a size in pixels; and text widths, measured once per character and font and then added up, which is what
 * keeps laying out a screen of cells cheap.
 */
public final class Fonts {
    /**
     * Metric-compatible stand-ins for Office fonts, used where the Office font is not installed; for Cambria Math,
     * a font with the mathematical letters (U+1D400 on) that equations are written in.
     */
    private static final Map<String, String> STAND_INS = Map.of(
            "Arial", "Liberation Sans", "Helvetica", "Liberation Sans", "Times New Roman", "Liberation Serif",
            "Courier New", "Liberation Mono", "Calibri", "Carlito", "Cambria", "Caladea", "Aptos", "Carlito",
            "Aptos Narrow", "Liberation Sans Narrow", "Cambria Math", "DejaVu Math TeX Gyre");
    /**
     * The digit advance, in ems, of Office fonts whose stand-in is not metric-compatible: a column's width counts
     * the workbook's normal font's digits, so the columns must be as wide as its author's Excel made them even
     * where the letters are drawn in another font. Aptos Narrow 12 has 8-pixel digits (Mamba.xlsx's drawings,
     * placed in EMUs, line up with its columns only at that width).
     */
    private static final Map<String, Double> OFFICE_DIGIT_EMS = Map.of("Aptos Narrow", 0.5);
    /** Characters are measured at this size and scaled, so one table serves every zoom. */
    private static final double MEASURE_SIZE = 100;
    /** Families that hold the glyphs Office fonts lack (CJK, arrows, symbols), tried in order. */
    private static final String[] FALLBACKS = {"Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans", "DejaVu Sans"};
    private static Set<String> installed;
    private static String fallback;
    private static final Map<Key, Metrics> METRICS = new HashMap<>();
    private static final Map<String, java.awt.Font> GLYPH_SOURCES = new HashMap<>();

    private Fonts() {
    }

    /** The family to draw with: the workbook's, or a stand-in with the same widths when it is missing. */
    public static synchronized String family(String wanted) {
        if (installed == null) {
            installed = new HashSet<>(javafx.scene.text.Font.getFamilies());
        }
        if (installed.contains(wanted)) {
            return wanted;
        }
        String standIn = STAND_INS.get(wanted);
        return standIn != null && installed.contains(standIn) ? standIn : wanted;
    }

    /** The family that draws characters the chosen font has no glyph for. */
    public static synchronized String fallbackFamily() {
        if (fallback == null) {
            family("Arial");
            fallback = "System";
            for (String candidate : FALLBACKS) {
                if (installed.contains(candidate)) {
                    fallback = candidate;
                    break;
                }
            }
        }
        return fallback;
    }

    /**
     * Whether a family (after stand-ins) has a glyph for a character. JavaFX draws a box for a missing glyph of
     * a named font instead of falling back, so the sheet picks the fallback family itself.
     */
    public static synchronized boolean canDisplay(String family, int codePoint) {
        if (codePoint < 0x2000) {
            return true; // Latin, Greek, Cyrillic and punctuation: every Office font and stand-in has them
        }
        java.awt.Font font = GLYPH_SOURCES.computeIfAbsent(family(family), name -> new java.awt.Font(name, java.awt.Font.PLAIN, 12));
        return font.canDisplay(codePoint);
    }

    /**
     * Draws text with a font, each run of characters the font lacks in the fallback family, and returns the
     * width drawn.
     */
    public static double fillText(javafx.scene.canvas.GraphicsContext g, String text, double x, double baseline,
            String family, boolean bold, boolean italic, double pixels) {
        javafx.scene.text.Font main = fx(family, bold, italic, pixels);
        if (allDisplayable(text, family)) {
            g.setFont(main);
            g.fillText(text, x, baseline);
            return width(text, family, bold, italic, pixels);
        }
        double at = x;
        int i = 0;
        while (i < text.length()) {
            boolean shown = canDisplay(family, text.codePointAt(i));
            int end = i;
            while (end < text.length() && canDisplay(family, text.codePointAt(end)) == shown) {
                end += Character.charCount(text.codePointAt(end));
            }
            String run = text.substring(i, end);
            String runFamily = shown ? family : fallbackFamily();
            g.setFont(shown ? main : fx(runFamily, bold, italic, pixels));
            g.fillText(run, at, baseline);
            at += width(run, family, bold, italic, pixels);
            i = end;
        }
        g.setFont(main);
        return at - x;
    }

    private static boolean allDisplayable(String text, String family) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x2000 && !canDisplay(family, text.codePointAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The JavaFX font for a cell font at a zoom (1 = 100%), with the size converted from points to pixels. */
    public static javafx.scene.text.Font fx(Font font, double zoom) {
        return fx(font.family(), font.bold(), font.italic(), points(font) * 96 / 72 * zoom);
    }

    /** A JavaFX font by family (stand-ins applied), weight, slant and size in pixels. */
    public static javafx.scene.text.Font fx(String family, boolean bold, boolean italic, double pixels) {
        return javafx.scene.text.Font.font(family(family), bold ? FontWeight.BOLD : FontWeight.NORMAL,
                italic ? FontPosture.ITALIC : FontPosture.REGULAR, pixels);
    }

    /** The width in pixels of a text in a cell font at a zoom. */
    public static double width(String text, Font font, double zoom) {
        return width(text, font.family(), font.bold(), font.italic(), points(font) * 96 / 72 * zoom);
    }

    /** The width in pixels of a text in a font given by family, weight, slant and pixel size. */
    public static double width(String text, String family, boolean bold, boolean italic, double pixels) {
        Metrics metrics = metrics(family, bold, italic);
        double total = 0;
        for (int i = 0; i < text.length(); i++) {
            total += metrics.width(text.charAt(i));
        }
        return total * pixels / MEASURE_SIZE;
    }

    /** {@link TextWidth#hinted}: the width at 100% with each advance rounded to whole pixels. */
    public static double hintedWidth(String text, Font font) {
        Metrics metrics = metrics(font.family(), font.bold(), font.italic());
        double scale = points(font) * 96 / 72 / MEASURE_SIZE;
        double total = 0;
        for (int i = 0; i < text.length(); i++) {
            total += Math.round(metrics.width(text.charAt(i)) * scale);
        }
        return total;
    }

    /** How far the baseline lies below the top of a line, in pixels, for a cell font at a zoom. */
    public static double ascent(Font font, double zoom) {
        return metrics(font.family(), font.bold(), font.italic()).ascent * points(font) * 96 / 72 * zoom / MEASURE_SIZE;
    }

    /** The height of one line of a cell font at a zoom, in pixels. */
    public static double lineHeight(Font font, double zoom) {
        return metrics(font.family(), font.bold(), font.italic()).lineHeight * points(font) * 96 / 72 * zoom / MEASURE_SIZE;
    }

    private static double points(Font font) {
        return font.sizePoints() > 0 ? font.sizePoints() : 11;
    }

    /**
     * The widest digit of a font at 100%, in whole pixels: Excel's unit of column width, taken from the
     * workbook's normal font (7 for Calibri 11 and Arial 10, 8 for Calibri 12).
     */
    public static double maxDigitWidth(Font font) {
        Double digitEms = OFFICE_DIGIT_EMS.get(font.family());
        if (digitEms != null && !family(font.family()).equals(font.family())) {
            return Math.max(1, Math.round(digitEms * pixels(font, 1)));
        }
        double widest = 0;
        for (char digit = '0'; digit <= '9'; digit++) {
            widest = Math.max(widest, width(String.valueOf(digit), font, 1));
        }
        return Math.max(1, Math.round(widest));
    }

    /** A cell font's size in pixels at a zoom. */
    public static double pixels(Font font, double zoom) {
        return points(font) * 96 / 72 * zoom;
    }

    private static synchronized Metrics metrics(String family, boolean bold, boolean italic) {
        return METRICS.computeIfAbsent(new Key(family, bold, italic), Metrics::new);
    }

    private record Key(String family, boolean bold, boolean italic) {
    }

    /** Widths of characters measured at {@link #MEASURE_SIZE} as they are first needed. */
    private static final class Metrics {
        private final javafx.scene.text.Font font;
        private final String family;
        private final boolean bold;
        private final boolean italic;
        private final Map<Character, Double> others = new HashMap<>();
        private final double[] ascii = new double[128];
        private final double ascent;
        private final double lineHeight;
        private final Text probe = new Text();

        Metrics(Key key) {
            family = key.family();
            bold = key.bold();
            italic = key.italic();
            font = fx(key.family(), key.bold(), key.italic(), MEASURE_SIZE);
            probe.setFont(font);
            probe.setText("Hg");
            ascent = probe.getBaselineOffset();
            lineHeight = probe.getLayoutBounds().getHeight();
            for (char c = 32; c < 128; c++) {
                ascii[c] = measure(c);
            }
        }

        double width(char c) {
            if (c < 128) {
                return c < 32 ? 0 : ascii[c];
            }
            return others.computeIfAbsent(c, this::measure);
        }

        /** A character's advance, in the fallback family when this one lacks it (surrogate halves count half). */
        private double measure(char c) {
            if (Character.isSurrogate(c)) {
                probe.setFont(fx(fallbackFamily(), bold, italic, MEASURE_SIZE));
                probe.setText("\uD835\uDF15".repeat(10));
                double pair = probe.getLayoutBounds().getWidth() / 10;
                probe.setFont(font);
                return pair / 2;
            }
            boolean own = canDisplay(family, c);
            if (!own) {
                probe.setFont(fx(fallbackFamily(), bold, italic, MEASURE_SIZE));
            }
            probe.setText(String.valueOf(c).repeat(10));
            double width = probe.getLayoutBounds().getWidth() / 10;
            probe.setFont(font);
            return width;
        }
    }
}
