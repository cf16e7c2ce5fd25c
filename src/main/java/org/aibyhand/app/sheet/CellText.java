package org.aibyhand.app.sheet;

import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.book.format.CellStyle;
import org.aibyhand.engine.book.format.Font;
import org.aibyhand.engine.function.DisplayFormat;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;

/**
 * Excel's rules for the text of one cell: what a value shows in a given width (General numbers lose decimals,
 * then turn scientific, and only become {@code #} when no rounding fits; formatted numbers that do not fit
 * become {@code ####}), where it is aligned, and how wrapped text breaks into lines.
 */
public final class CellText {
    /** Space between the text and the cell's edges, in pixels at 100%. */
    public static final double PADDING = 1.5;
    /** Space an indent level adds, in pixels at 100%. */
    public static final double INDENT = 9;

    private CellText() {
    }

    /** Where the text sits across the cell. */
    public enum Align { LEFT, CENTER, RIGHT, FILL }

    /** The text a value shows in a cell {@code width} pixels wide (padding included) at a zoom. */
    public static String shown(Value value, CellStyle style, double width, double zoom, TextWidth measure) {
        String text = DisplayFormat.text(value, style.numberFormat());
        boolean logical = value instanceof BooleanValue;
        if (!(value instanceof NumberValue) && !logical || style.shrink() || style.rotation() != 0) {
            return text;
        }
        double room = width - 2 * PADDING * zoom - indent(style, zoom);
        double roomAtHundred = room / zoom; // what fits is decided at 100%, so zooming never changes the digits
        if (measure.hinted(text, style.font()) <= roomAtHundred) {
            return text;
        }
        if (logical) { // a logical is never cut to "TRU": like a number, it shows #s where it does not fit
            return hashes(room, style.font(), zoom, measure);
        }
        if (isGeneral(style.numberFormat())) {
            for (int characters = 10; characters >= 1; characters--) {
                String fitted = DisplayFormat.text(value, style.numberFormat(), characters);
                if (!fitted.startsWith("#") && measure.hinted(fitted, style.font()) <= roomAtHundred) {
                    return fitted;
                }
            }
            // a result such as 2.8E-17 (a sum that cancels out) rounds to 0 where even its exponent has no room
            if (Math.abs(((NumberValue) value).value()) < 0.5 && measure.hinted("0", style.font()) <= roomAtHundred) {
                return "0";
            }
        }
        return hashes(room, style.font(), zoom, measure);
    }

    /** As many {@code #} as fill the room (at least one), which is what Excel shows when no rounding fits. */
    static String hashes(double room, Font font, double zoom, TextWidth measure) {
        double one = Math.max(1, measure.of("#", font, zoom));
        return "#".repeat(Math.max(1, (int) (room / one)));
    }

    static boolean isGeneral(String code) {
        return code == null || code.isEmpty() || code.equalsIgnoreCase("General");
    }

    /** The alignment a value takes: General puts numbers right, logicals and errors in the centre, text left. */
    public static Align align(Value value, CellStyle style) {
        switch (style.horizontal()) {
            case LEFT:
            case JUSTIFY:
                return Align.LEFT;
            case CENTER:
                return Align.CENTER;
            case RIGHT:
                return Align.RIGHT;
            case FILL:
                return Align.FILL;
            default:
                if (value instanceof NumberValue) {
                    return Align.RIGHT;
                }
                return value instanceof BooleanValue || value instanceof ErrorValue ? Align.CENTER : Align.LEFT;
        }
    }

    /** Whether a value's text may run on into empty neighbours: text only, on one unrotated, unwrapped line. */
    public static boolean overflows(Value value, CellStyle style) {
        return !(value instanceof NumberValue) && !(value instanceof ErrorValue) && !(value instanceof BooleanValue)
                && !style.wrap() && !style.shrink() && style.rotation() == 0
                && style.horizontal() != CellStyle.Horizontal.FILL;
    }

    /** The room an indent takes, in pixels. */
    public static double indent(CellStyle style, double zoom) {
        return style.indent() * INDENT * zoom;
    }

    /**
     * Breaks text into lines no wider than {@code width}: at spaces where it can, inside a word only when the
     * word alone is too wide, and always at line breaks in the text.
     */
    public static List<String> wrap(String text, Font font, double zoom, double width, TextWidth measure) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\r\n|\n|\r", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ", -1)) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (measure.of(candidate, font, zoom) <= width || line.length() == 0 && word.isEmpty()) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (measure.of(rest, font, zoom) > width && rest.length() > 1) {
                    int fits = fitting(rest, font, zoom, width, measure);
                    lines.add(rest.substring(0, fits));
                    rest = rest.substring(fits);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** How many leading characters of a text fit in a width (at least one). */
    private static int fitting(String text, Font font, double zoom, double width, TextWidth measure) {
        int count = 1;
        while (count < text.length() && measure.of(text.substring(0, count + 1), font, zoom) <= width) {
            count++;
        }
        return count;
    }

    /** The font size (in points) that makes a text fit a width, never larger than the cell's own. */
    public static Font shrunk(String text, Font font, double zoom, double width, TextWidth measure) {
        double wide = measure.of(text, font, zoom);
        if (wide <= width || wide <= 0) {
            return font;
        }
        double points = Math.max(1, Math.floor(font.sizePoints() * width / wide * 10) / 10);
        return new Font(font.family(), points, font.bold(), font.italic(), font.underline(), font.color());
    }
}
