package org.aibyhand.xlsx.drawing;

import java.util.Map;
import org.aibyhand.engine.book.drawing.DrawingColor;
import org.aibyhand.engine.book.format.Rgb;
import org.aibyhand.xlsx.Colors;
import org.w3c.dom.Element;

/**
 * Resolves DrawingML colours to RGB and opacity: sRGB, scheme (theme) colours, system, preset, scRGB and HSL
 * colours, with the modifiers Office writes (lumMod, lumOff, tint, shade, alpha). {@code phClr}, the colour a
 * theme style leaves open, is the colour of the shape style that refers to it.
 */
final class ColorReader {
    /** Scheme colour names by their place in the order {@link Colors#theme(int)} counts them. */
    private static final Map<String, Integer> SCHEME = Map.ofEntries(Map.entry("lt1", 0), Map.entry("bg1", 0),
            Map.entry("dk1", 1), Map.entry("tx1", 1), Map.entry("lt2", 2), Map.entry("bg2", 2), Map.entry("dk2", 3),
            Map.entry("tx2", 3), Map.entry("accent1", 4), Map.entry("accent2", 5), Map.entry("accent3", 6),
            Map.entry("accent4", 7), Map.entry("accent5", 8), Map.entry("accent6", 9), Map.entry("hlink", 10),
            Map.entry("folHlink", 11));
    private static final Map<String, String> PRESETS = Map.ofEntries(Map.entry("black", "000000"),
            Map.entry("white", "FFFFFF"), Map.entry("red", "FF0000"), Map.entry("green", "008000"),
            Map.entry("blue", "0000FF"), Map.entry("yellow", "FFFF00"), Map.entry("gray", "808080"),
            Map.entry("grey", "808080"), Map.entry("orange", "FFA500"), Map.entry("purple", "800080"),
            Map.entry("lime", "00FF00"), Map.entry("navy", "000080"), Map.entry("silver", "C0C0C0"),
            Map.entry("cyan", "00FFFF"), Map.entry("magenta", "FF00FF"), Map.entry("ltGray", "D3D3D3"),
            Map.entry("dkGray", "A9A9A9"));

    private final Colors colors;

    ColorReader(Colors colors) {
        this.colors = colors;
    }

    /** The theme's accent colour for the n-th series of a chart (accent1..6, in turn). */
    DrawingColor accent(int n) {
        return DrawingColor.opaque(colors.theme(SCHEME.get("accent1") + Math.floorMod(n, 6)));
    }

    /** The colour held by one of {@code holder}'s children (solidFill, a style reference, ...), or null. */
    DrawingColor colorIn(Element holder, DrawingColor placeholder) {
        for (Element child : Xml.children(holder)) {
            DrawingColor color = color(child, placeholder);
            if (color != null) {
                return color;
            }
        }
        return null;
    }

    /** The colour a colour element names with its modifiers applied, or null when it is not a colour element. */
    DrawingColor color(Element element, DrawingColor placeholder) {
        String kind = element.getLocalName();
        String value = Xml.attribute(element, "val");
        DrawingColor base = switch (kind == null ? "" : kind) {
            case "srgbClr" -> opaque(hex(value));
            case "schemeClr" -> "phClr".equals(value) ? placeholder
                    : opaque(SCHEME.containsKey(value) ? colors.theme(SCHEME.get(value)) : null);
            case "sysClr" -> opaque(system(element, value));
            case "prstClr" -> opaque(hex(PRESETS.get(value)));
            case "scrgbClr" -> opaque(new Rgb(gamma(element, "r"), gamma(element, "g"), gamma(element, "b")));
            case "hslClr" -> opaque(hsl(element));
            default -> null;
        };
        return base == null ? null : modified(base, element);
    }

    private static DrawingColor modified(DrawingColor base, Element element) {
        Rgb rgb = base.rgb();
        double alpha = base.alpha();
        double lumMod = 1;
        double lumOff = 0;
        for (Element modifier : Xml.children(element)) {
            double amount = Xml.doubleAttribute(modifier, "val", 100000) / 100000;
            switch (modifier.getLocalName()) {
                case "lumMod" -> lumMod = amount;
                case "lumOff" -> lumOff = amount;
                case "alpha" -> alpha = amount;
                case "tint" -> rgb = linear(rgb, c -> 1 - (1 - c) * amount);
                case "shade" -> rgb = linear(rgb, c -> c * amount);
                default -> {
                    // satMod, hueOff and the rest are rare in workbooks; the base colour stands
                }
            }
        }
        if (lumMod != 1 || lumOff != 0) {
            double mod = lumMod;
            double off = lumOff;
            rgb = Colors.withLightness(rgb, lightness -> lightness * mod + off);
        }
        return new DrawingColor(rgb, Math.max(0, Math.min(1, alpha)));
    }

    /** Applies a change to each channel in linear light, as Office does for tint and shade. */
    private static Rgb linear(Rgb rgb, java.util.function.DoubleUnaryOperator change) {
        return new Rgb(toSrgb(change.applyAsDouble(toLinear(rgb.red()))), toSrgb(change.applyAsDouble(toLinear(rgb.green()))),
                toSrgb(change.applyAsDouble(toLinear(rgb.blue()))));
    }

    private static double toLinear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int toSrgb(double linear) {
        double c = Math.max(0, Math.min(1, linear));
        double s = c <= 0.0031308 ? c * 12.92 : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
        return (int) Math.round(s * 255);
    }

    private static int gamma(Element element, String channel) {
        return toSrgb(Xml.doubleAttribute(element, channel, 0) / 100000);
    }

    private static Rgb system(Element element, String value) {
        Rgb last = hex(Xml.attribute(element, "lastClr"));
        if (last != null) {
            return last;
        }
        return "windowText".equals(value) ? Rgb.BLACK : Rgb.WHITE;
    }

    private static Rgb hsl(Element element) {
        double hue = Xml.doubleAttribute(element, "hue", 0) / 60000;
        double saturation = Xml.doubleAttribute(element, "sat", 0) / 100000;
        double lightness = Xml.doubleAttribute(element, "lum", 0) / 100000;
        // Build the hue at full saturation and mid lightness, then blend toward grey and set the lightness.
        Rgb pure = Colors.withLightness(hueColor(hue), l -> 0.5);
        Rgb grey = new Rgb(128, 128, 128);
        return Colors.withLightness(grey.mix(pure, saturation), l -> lightness);
    }

    private static Rgb hueColor(double degrees) {
        double h = ((degrees % 360) + 360) % 360 / 60;
        double second = 1 - Math.abs(h % 2 - 1);
        int x = (int) Math.round(second * 255);
        return switch ((int) h) {
            case 0 -> new Rgb(255, x, 0);
            case 1 -> new Rgb(x, 255, 0);
            case 2 -> new Rgb(0, 255, x);
            case 3 -> new Rgb(0, x, 255);
            case 4 -> new Rgb(x, 0, 255);
            default -> new Rgb(255, 0, x);
        };
    }

    private static Rgb hex(String hex) {
        try {
            return hex == null || (hex.length() != 6 && hex.length() != 8) ? null : Rgb.hex(hex);
        } catch (NumberFormatException notHex) {
            return null;
        }
    }

    private static DrawingColor opaque(Rgb rgb) {
        return rgb == null ? null : DrawingColor.opaque(rgb);
    }
}
