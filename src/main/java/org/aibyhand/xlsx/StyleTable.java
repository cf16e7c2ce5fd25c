package org.aibyhand.xlsx;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.aibyhand.engine.book.format.Border;
import org.aibyhand.engine.book.format.Borders;
import org.aibyhand.engine.book.format.CellStyle;
import org.aibyhand.engine.book.format.Font;
import org.aibyhand.engine.book.format.Rgb;
import org.aibyhand.engine.book.format.StyleChange;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTBorder;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTBorderPr;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellAlignment;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDxf;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTFill;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTFont;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTNumFmt;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPatternFill;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTStylesheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTXf;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STBorderStyle;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STPatternType;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STUnderlineValues;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.StyleSheetDocument;

/**
 * The cell styles ({@code cellXfs}) and conditional-format styles ({@code dxfs}) of styles.xml as engine
 * styles, colours resolved. Styles are built on first use and shared: a workbook has a few dozen, its cells
 * thousands. Anything malformed reads as the default, so a damaged style never stops a workbook loading.
 */
final class StyleTable {
    static final String STYLES_RELATION = Ooxml.RELATIONSHIPS + "styles";

    private final CTStylesheet xml;
    private final Colors colors;
    private final Map<Long, String> customFormats = new HashMap<>();
    private final Map<Long, CellStyle> byIndex = new HashMap<>();
    private final Map<CellStyle, CellStyle> shared = new HashMap<>();
    private CellStyle defaultStyle;

    private StyleTable(CTStylesheet xml, Colors colors) {
        this.xml = xml;
        this.colors = colors;
        if (xml != null && xml.isSetNumFmts()) {
            for (CTNumFmt format : xml.getNumFmts().getNumFmtArray()) {
                customFormats.put(format.getNumFmtId(), format.getFormatCode());
            }
        }
    }

    /** The styles of the workbook whose main part is {@code workbookPart}; Excel's defaults if it has none. */
    static StyleTable read(PackagePart workbookPart) {
        CTStylesheet xml = null;
        try {
            PackagePart part = Ooxml.related(workbookPart, STYLES_RELATION);
            if (part != null) {
                try (InputStream in = part.getInputStream()) {
                    xml = StyleSheetDocument.Factory.parse(in, Ooxml.options()).getStyleSheet();
                }
            }
        } catch (Exception unreadable) {
            xml = null; // every cell then shows the default style
        }
        return new StyleTable(xml, Colors.of(workbookPart, xml));
    }

    Colors colors() {
        return colors;
    }

    /** The workbook's default style: the first cell format, which cells without {@code s} use. */
    CellStyle defaultStyle() {
        if (defaultStyle == null) {
            defaultStyle = build(0, CellStyle.DEFAULT);
        }
        return defaultStyle;
    }

    /** The style of cell format {@code index}; the default for an index the file does not have. */
    CellStyle cellStyle(long index) {
        if (index == 0) {
            return defaultStyle();
        }
        CellStyle style = byIndex.get(index);
        if (style == null) {
            style = build(index, defaultStyle());
            byIndex.put(index, style);
        }
        return style;
    }

    private CellStyle build(long index, CellStyle otherwise) {
        try {
            if (xml == null || !xml.isSetCellXfs() || index < 0 || index >= xml.getCellXfs().sizeOfXfArray()) {
                return otherwise;
            }
            CTXf xf = xml.getCellXfs().getXfArray((int) index);
            Font font = xf.isSetFontId() ? font(xf.getFontId()) : Font.DEFAULT;
            Rgb fill = xf.isSetFillId() ? fill(xf.getFillId()) : null;
            Borders borders = xf.isSetBorderId() ? borders(xf.getBorderId()) : Borders.NONE;
            String format = numberFormat(xf.isSetNumFmtId() ? xf.getNumFmtId() : 0);
            CellStyle style = new CellStyle(font, fill, borders, CellStyle.Horizontal.GENERAL, CellStyle.Vertical.BOTTOM,
                    false, format);
            if (xf.isSetAlignment()) {
                style = aligned(style, xf.getAlignment());
            }
            return shared.computeIfAbsent(style, s -> s);
        } catch (RuntimeException malformed) {
            return otherwise;
        }
    }

    /** The number format code of an id: the file's own, a built-in one, else General. */
    String numberFormat(long id) {
        String custom = customFormats.get(id);
        if (custom != null) {
            return custom;
        }
        String builtIn = id >= 0 && id < Short.MAX_VALUE ? BuiltinFormats.getBuiltinFormat((int) id) : null;
        return builtIn != null ? builtIn : "General";
    }

    private Font font(long id) {
        if (!xml.isSetFonts() || id < 0 || id >= xml.getFonts().sizeOfFontArray()) {
            return Font.DEFAULT;
        }
        CTFont font = xml.getFonts().getFontArray((int) id);
        String family = font.sizeOfNameArray() > 0 ? font.getNameArray(0).getVal() : Font.DEFAULT.family();
        double size = font.sizeOfSzArray() > 0 ? font.getSzArray(0).getVal() : Font.DEFAULT.sizePoints();
        boolean bold = font.sizeOfBArray() > 0 && font.getBArray(0).getVal();
        boolean italic = font.sizeOfIArray() > 0 && font.getIArray(0).getVal();
        boolean underline = font.sizeOfUArray() > 0 && underlined(font.getUArray(0).getVal());
        Rgb color = colors.resolve(font.sizeOfColorArray() > 0 ? font.getColorArray(0) : null, Rgb.BLACK);
        return new Font(family, size, bold, italic, underline, color);
    }

    private static boolean underlined(STUnderlineValues.Enum value) {
        return value == null || value != STUnderlineValues.NONE; // <u/> alone means a single line
    }

    /** A cell fill: solid fills have the foreground colour; no pattern is no fill. */
    private Rgb fill(long id) {
        if (!xml.isSetFills() || id < 0 || id >= xml.getFills().sizeOfFillArray()) {
            return null;
        }
        CTFill fill = xml.getFills().getFillArray((int) id);
        if (!fill.isSetPatternFill()) {
            return null; // gradients are not drawn
        }
        CTPatternFill pattern = fill.getPatternFill();
        if (pattern.getPatternType() != STPatternType.SOLID) {
            return null; // none, and the hatch patterns, which are not drawn
        }
        return colors.resolve(pattern.getFgColor(), Rgb.BLACK);
    }

    private Borders borders(long id) {
        if (!xml.isSetBorders() || id < 0 || id >= xml.getBorders().sizeOfBorderArray()) {
            return Borders.NONE;
        }
        CTBorder border = xml.getBorders().getBorderArray((int) id);
        Borders borders = new Borders(edge(border.getTop()), edge(border.getRight()), edge(border.getBottom()),
                edge(border.getLeft()));
        return borders.isEmpty() ? Borders.NONE : borders;
    }

    /** One edge, or null when it has no line. */
    private Border edge(CTBorderPr edge) {
        if (edge == null || !edge.isSetStyle()) {
            return null;
        }
        Border.Line line = line(edge.getStyle());
        return line == null ? null : new Border(line, colors.resolve(edge.getColor(), Rgb.BLACK));
    }

    private static Border.Line line(STBorderStyle.Enum style) {
        if (style == null || style == STBorderStyle.NONE) {
            return null;
        }
        return switch (style.intValue()) {
            case STBorderStyle.INT_MEDIUM -> Border.Line.MEDIUM;
            case STBorderStyle.INT_THICK -> Border.Line.THICK;
            case STBorderStyle.INT_DOUBLE -> Border.Line.DOUBLE;
            case STBorderStyle.INT_DOTTED, STBorderStyle.INT_HAIR -> Border.Line.DOTTED;
            case STBorderStyle.INT_DASHED, STBorderStyle.INT_MEDIUM_DASHED, STBorderStyle.INT_DASH_DOT,
                    STBorderStyle.INT_MEDIUM_DASH_DOT, STBorderStyle.INT_DASH_DOT_DOT,
                    STBorderStyle.INT_MEDIUM_DASH_DOT_DOT, STBorderStyle.INT_SLANT_DASH_DOT -> Border.Line.DASHED;
            default -> Border.Line.THIN;
        };
    }

    private static CellStyle aligned(CellStyle style, CTCellAlignment alignment) {
        CellStyle result = style;
        if (alignment.isSetHorizontal()) {
            result = result.withHorizontal(switch (alignment.getHorizontal().toString()) {
                case "left" -> CellStyle.Horizontal.LEFT;
                case "center", "centerContinuous" -> CellStyle.Horizontal.CENTER;
                case "right" -> CellStyle.Horizontal.RIGHT;
                case "fill" -> CellStyle.Horizontal.FILL;
                case "justify", "distributed" -> CellStyle.Horizontal.JUSTIFY;
                default -> CellStyle.Horizontal.GENERAL;
            });
        }
        if (alignment.isSetVertical()) {
            result = result.withVertical(switch (alignment.getVertical().toString()) {
                case "top" -> CellStyle.Vertical.TOP;
                case "center", "justify", "distributed" -> CellStyle.Vertical.CENTER;
                default -> CellStyle.Vertical.BOTTOM;
            });
        }
        if (alignment.isSetIndent()) {
            result = result.withIndent((int) Math.min(250, alignment.getIndent()));
        }
        if (alignment.isSetTextRotation()) {
            result = result.withRotation(alignment.getTextRotation().intValue());
        }
        if (alignment.isSetShrinkToFit() && alignment.getShrinkToFit()) {
            result = result.withShrink(true);
        }
        return alignment.isSetWrapText() && alignment.getWrapText() ? result.withWrap(true) : result;
    }

    /**
     * What conditional-format style {@code id} changes. A dxf lists only what it changes. Its solid fill's colour
     * is the background colour (a fill with no pattern type is solid); pattern "none" removes the fill. Edges
     * without a line remove the borders, which is how the AI-by-Hand sheets hide cells.
     */
    StyleChange change(long id) {
        try {
            if (xml == null || !xml.isSetDxfs() || id < 0 || id >= xml.getDxfs().sizeOfDxfArray()) {
                return StyleChange.NONE;
            }
            CTDxf dxf = xml.getDxfs().getDxfArray((int) id);
            Rgb fontColor = null;
            Boolean bold = null;
            Boolean italic = null;
            Boolean underline = null;
            if (dxf.isSetFont()) {
                CTFont font = dxf.getFont();
                fontColor = font.sizeOfColorArray() > 0 ? colors.resolve(font.getColorArray(0), Rgb.BLACK) : null;
                bold = font.sizeOfBArray() > 0 ? font.getBArray(0).getVal() : null;
                italic = font.sizeOfIArray() > 0 ? font.getIArray(0).getVal() : null;
                underline = font.sizeOfUArray() > 0 ? underlined(font.getUArray(0).getVal()) : null;
            }
            Rgb fill = null;
            boolean clearFill = false;
            if (dxf.isSetFill() && dxf.getFill().isSetPatternFill()) {
                CTPatternFill pattern = dxf.getFill().getPatternFill();
                clearFill = pattern.isSetPatternType() && pattern.getPatternType() == STPatternType.NONE;
                if (!clearFill) {
                    fill = colors.resolve(pattern.getBgColor());
                    fill = fill != null ? fill : colors.resolve(pattern.getFgColor());
                }
            }
            Borders borders = null;
            boolean clearBorders = false;
            if (dxf.isSetBorder()) {
                CTBorder border = dxf.getBorder();
                borders = new Borders(edge(border.getTop()), edge(border.getRight()), edge(border.getBottom()),
                        edge(border.getLeft()));
                clearBorders = borders.isEmpty() && (border.isSetTop() || border.isSetRight() || border.isSetBottom()
                        || border.isSetLeft());
                borders = borders.isEmpty() ? null : borders;
            }
            return new StyleChange(fontColor, bold, italic, underline, fill, clearFill, borders, clearBorders);
        } catch (RuntimeException malformed) {
            return StyleChange.NONE;
        }
    }
}
