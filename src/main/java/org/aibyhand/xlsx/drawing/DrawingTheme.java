package org.aibyhand.xlsx.drawing;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.aibyhand.xlsx.Colors;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.w3c.dom.Element;

/**
 * What a workbook's theme gives drawings that name no look of their own: scheme colours, the minor (body) and
 * major (heading) fonts, and the line widths that a shape style's {@code lnRef idx} picks.
 */
record DrawingTheme(Colors colors, String minorFont, String majorFont, List<Long> lineWidths) {
    private static final String THEME_TYPE = "application/vnd.openxmlformats-officedocument.theme+xml";
    /** Office 2013's theme: 1/2, 1 and 1 1/2 points. */
    private static final List<Long> OFFICE_LINE_WIDTHS = List.of(6350L, 12700L, 19050L);

    static DrawingTheme of(OPCPackage pkg) {
        Colors colors = Colors.ofPackage(pkg);
        try {
            List<PackagePart> themes = pkg.getPartsByContentType(THEME_TYPE);
            if (themes.isEmpty()) {
                return office(colors);
            }
            Element root;
            try (InputStream in = themes.get(0).getInputStream()) {
                root = DocumentHelper.readDocument(in).getDocumentElement();
            }
            Element elements = Xml.child(root, "themeElements");
            Element fonts = Xml.child(elements, "fontScheme");
            String minor = Xml.attribute(Xml.path(fonts, "minorFont", "latin"), "typeface");
            String major = Xml.attribute(Xml.path(fonts, "majorFont", "latin"), "typeface");
            List<Long> widths = new ArrayList<>();
            for (Element line : Xml.children(Xml.path(elements, "fmtScheme", "lnStyleLst"), "ln")) {
                widths.add(Xml.longAttribute(line, "w", 9525));
            }
            return new DrawingTheme(colors, minor != null ? minor : "Calibri", major != null ? major : "Calibri Light",
                    widths.isEmpty() ? OFFICE_LINE_WIDTHS : List.copyOf(widths));
        } catch (Exception unreadable) {
            return office(colors); // a damaged theme costs looks, never the drawings
        }
    }

    private static DrawingTheme office(Colors colors) {
        return new DrawingTheme(colors, "Calibri", "Calibri Light", OFFICE_LINE_WIDTHS);
    }

    /** The width a style's {@code lnRef idx} (1-based) names; 0 for none. */
    long lineWidth(int index) {
        if (index <= 0) {
            return 0;
        }
        return lineWidths.get(Math.min(index, lineWidths.size()) - 1);
    }

    /** The font a {@code +mn-lt}/{@code +mj-lt} typeface or a fontRef {@code minor}/{@code major} stands for. */
    String font(String reference) {
        if (reference == null) {
            return null;
        }
        if (reference.equals("minor") || reference.startsWith("+mn-")) {
            return minorFont;
        }
        if (reference.equals("major") || reference.startsWith("+mj-")) {
            return majorFont;
        }
        return reference;
    }
}
