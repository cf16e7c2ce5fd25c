package org.aibyhand.xlsx;

import java.io.InputStream;
import java.util.function.DoubleUnaryOperator;
import org.aibyhand.engine.book.format.Rgb;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;
import org.openxmlformats.schemas.drawingml.x2006.main.CTColorScheme;
import org.openxmlformats.schemas.drawingml.x2006.main.ThemeDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTColor;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRgbColor;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTStylesheet;

/**
 * Turns the colours of styles.xml into plain RGB: theme colours (with the workbook's theme, or Office's when
 * the file has none), indexed colours (the file's palette, else the standard 64) and ARGB values, each with
 * its tint applied the way the standard describes, on the lightness of the colour in HSL. Drawings resolve their
 * scheme colours with the same theme ({@link #ofPackage}, {@link #theme(int)}).
 */
public final class Colors {
    static final String THEME_RELATION = Ooxml.RELATIONSHIPS + "theme";

    /** The Office theme of Excel 2013 and later, for files that use theme colours but carry no theme part. */
    private static final String[] OFFICE_THEME = {"FFFFFF", "000000", "E7E6E6", "44546A", "4472C4", "ED7D31",
        "A5A5A5", "FFC000", "5B9BD5", "70AD47", "0563C1", "954F72"};
    private static final int SYSTEM_FOREGROUND = 64;
    private static final int SYSTEM_BACKGROUND = 65;

    /** In the order styles.xml counts them: lt1, dk1, lt2, dk2, accent1..6, hlink, folHlink. */
    private final Rgb[] theme;
    private final Rgb[] indexed;

    private Colors(Rgb[] theme, Rgb[] indexed) {
        this.theme = theme;
        this.indexed = indexed;
    }

    /** The colours of a workbook; parts that are missing or unreadable fall back to Excel's defaults. */
    static Colors of(PackagePart workbookPart, CTStylesheet styles) {
        return new Colors(theme(workbookPart), indexed(styles));
    }

    /** The theme colours of a package's workbook (Office's where it has none or it cannot be read). */
    public static Colors ofPackage(OPCPackage pkg) {
        return new Colors(theme(Ooxml.workbookPart(pkg)), indexed(null));
    }

    /**
     * A theme colour by its place in the order styles.xml counts them: lt1, dk1, lt2, dk2, accent1..6, hlink,
     * folHlink; null outside that range.
     */
    public Rgb theme(int index) {
        return index >= 0 && index < theme.length ? theme[index] : null;
    }

    /** Excel's defaults alone. */
    static Colors standard() {
        return new Colors(officeTheme(), indexed(null));
    }

    /** The colour {@code xml} names, or null when it is absent or "automatic" (the caller knows what that means). */
    Rgb resolve(CTColor xml) {
        if (xml == null || (xml.isSetAuto() && xml.getAuto())) {
            return null;
        }
        Rgb base = null;
        if (xml.isSetRgb()) {
            base = fromBytes(xml.getRgb());
        } else if (xml.isSetTheme()) {
            long index = xml.getTheme();
            base = index >= 0 && index < theme.length ? theme[(int) index] : null;
        } else if (xml.isSetIndexed()) {
            long index = xml.getIndexed();
            base = index >= 0 && index < indexed.length ? indexed[(int) index] : null;
        }
        if (base == null) {
            return null;
        }
        return xml.isSetTint() ? tint(base, xml.getTint()) : base;
    }

    /** {@link #resolve} with "automatic" and unknown colours read as {@code otherwise}. */
    Rgb resolve(CTColor xml, Rgb otherwise) {
        Rgb rgb = resolve(xml);
        return rgb != null ? rgb : otherwise;
    }

    /**
     * Applies a tint (-1 darkest .. 1 lightest) as the standard says: in HSL, a negative tint scales the
     * lightness by (1 + tint), a positive one moves it that fraction of the way to white; hue and saturation stay.
     */
    static Rgb tint(Rgb color, double tint) {
        if (tint == 0 || Double.isNaN(tint)) {
            return color;
        }
        double t = Math.max(-1, Math.min(1, tint));
        return withLightness(color, lightness -> t < 0 ? lightness * (1 + t) : lightness * (1 - t) + t);
    }

    /**
     * The colour with its HSL lightness (0..1) changed and hue and saturation kept: what cell tints and the
     * lumMod/lumOff of drawing colours do.
     */
    public static Rgb withLightness(Rgb color, DoubleUnaryOperator change) {
        double r = color.red() / 255.0;
        double g = color.green() / 255.0;
        double b = color.blue() / 255.0;
        double max = Math.max(r, Math.max(g, b));
        double min = Math.min(r, Math.min(g, b));
        double lightness = (max + min) / 2;
        double hue = 0; // in sixths of a turn, 0..6
        double saturation = 0;
        double spread = max - min;
        if (spread > 0) {
            saturation = lightness > 0.5 ? spread / (2 - max - min) : spread / (max + min);
            if (max == r) {
                hue = ((g - b) / spread + 6) % 6;
            } else if (max == g) {
                hue = (b - r) / spread + 2;
            } else {
                hue = (r - g) / spread + 4;
            }
        }
        lightness = Math.max(0, Math.min(1, change.applyAsDouble(lightness)));
        double chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
        double second = chroma * (1 - Math.abs(hue % 2 - 1));
        double[] rgb = switch ((int) Math.floor(hue) % 6) {
            case 0 -> new double[] {chroma, second, 0};
            case 1 -> new double[] {second, chroma, 0};
            case 2 -> new double[] {0, chroma, second};
            case 3 -> new double[] {0, second, chroma};
            case 4 -> new double[] {second, 0, chroma};
            default -> new double[] {chroma, 0, second};
        };
        double m = lightness - chroma / 2;
        return new Rgb(channel(rgb[0] + m), channel(rgb[1] + m), channel(rgb[2] + m));
    }

    private static int channel(double fraction) {
        return (int) Math.round(Math.max(0, Math.min(1, fraction)) * 255);
    }

    private static Rgb[] theme(PackagePart workbookPart) {
        try {
            PackagePart part = workbookPart == null ? null : Ooxml.related(workbookPart, THEME_RELATION);
            if (part == null) {
                return officeTheme();
            }
            CTColorScheme scheme;
            try (InputStream in = part.getInputStream()) {
                scheme = ThemeDocument.Factory.parse(in, Ooxml.options()).getTheme().getThemeElements().getClrScheme();
            }
            Rgb[] fallback = officeTheme();
            // The theme part lists dk1 before lt1 and dk2 before lt2; styles.xml counts the light ones first.
            org.openxmlformats.schemas.drawingml.x2006.main.CTColor[] inThemeOrder = {scheme.getLt1(), scheme.getDk1(),
                scheme.getLt2(), scheme.getDk2(), scheme.getAccent1(), scheme.getAccent2(), scheme.getAccent3(),
                scheme.getAccent4(), scheme.getAccent5(), scheme.getAccent6(), scheme.getHlink(), scheme.getFolHlink()};
            Rgb[] colors = new Rgb[inThemeOrder.length];
            for (int i = 0; i < colors.length; i++) {
                Rgb rgb = themeColor(inThemeOrder[i]);
                colors[i] = rgb != null ? rgb : fallback[i];
            }
            return colors;
        } catch (Exception unreadable) {
            return officeTheme(); // a damaged theme costs colours, never the workbook
        }
    }

    private static Rgb themeColor(org.openxmlformats.schemas.drawingml.x2006.main.CTColor color) {
        if (color == null) {
            return null;
        }
        if (color.isSetSrgbClr()) {
            return fromBytes(color.getSrgbClr().getVal());
        }
        if (color.isSetSysClr()) {
            var system = color.getSysClr();
            Rgb last = system.isSetLastClr() ? fromBytes(system.getLastClr()) : null;
            if (last != null) {
                return last;
            }
            // Without the last known value: window text is black, the window white.
            return "windowText".equals(String.valueOf(system.getVal())) ? Rgb.BLACK : Rgb.WHITE;
        }
        return null;
    }

    private static Rgb[] officeTheme() {
        Rgb[] colors = new Rgb[OFFICE_THEME.length];
        for (int i = 0; i < colors.length; i++) {
            colors[i] = Rgb.hex(OFFICE_THEME[i]);
        }
        return colors;
    }

    private static Rgb[] indexed(CTStylesheet styles) {
        Rgb[] colors = new Rgb[SYSTEM_BACKGROUND + 1];
        for (int i = 0; i < SYSTEM_FOREGROUND; i++) {
            colors[i] = fromBytes(DefaultIndexedColorMap.getDefaultRGB(i));
        }
        colors[SYSTEM_FOREGROUND] = Rgb.BLACK;
        colors[SYSTEM_BACKGROUND] = Rgb.WHITE;
        try {
            if (styles != null && styles.isSetColors() && styles.getColors().isSetIndexedColors()) {
                CTRgbColor[] custom = styles.getColors().getIndexedColors().getRgbColorArray();
                for (int i = 0; i < custom.length && i < SYSTEM_FOREGROUND; i++) {
                    Rgb rgb = fromBytes(custom[i].getRgb());
                    colors[i] = rgb != null ? rgb : colors[i];
                }
            }
        } catch (RuntimeException malformed) {
            // the standard palette stands
        }
        return colors;
    }

    private static Rgb fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length < 3) {
            return null;
        }
        int n = bytes.length;
        return new Rgb(bytes[n - 3] & 0xFF, bytes[n - 2] & 0xFF, bytes[n - 1] & 0xFF);
    }
}
