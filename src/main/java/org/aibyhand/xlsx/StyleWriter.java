package org.aibyhand.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.aibyhand.engine.book.format.Border;
import org.aibyhand.engine.book.format.CellStyle;
import org.aibyhand.engine.book.format.Font;
import org.aibyhand.engine.book.format.Rgb;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontUnderline;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.extensions.XSSFCellBorder.BorderSide;

/**
 * Builds the styles.xml of a new workbook through POI: one cell format per distinct engine style, one font per
 * distinct font, colours written as plain RGB. The workbook's default (cell format 0 and font 0, which every
 * unstyled cell and Excel's column widths go by) is set once, from the first sheet's default style.
 */
final class StyleWriter {
    private final XSSFWorkbook workbook;
    private final Map<CellStyle, XSSFCellStyle> styles = new HashMap<>();
    private final Map<Font, XSSFFont> fonts = new HashMap<>();
    private CellStyle defaultStyle = CellStyle.DEFAULT;

    StyleWriter(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    /** Makes {@code style} the workbook's default: cell format 0 with font 0. */
    void setDefault(CellStyle style) {
        XSSFFont font = workbook.getFontAt(0);
        describe(font, style.font());
        fonts.put(style.font(), font);
        XSSFCellStyle first = workbook.getCellStyleAt(0);
        describe(first, style);
        styles.put(style, first);
        defaultStyle = style;
    }

    CellStyle defaultStyle() {
        return defaultStyle;
    }

    /** The cell format showing {@code style}, made on first use. */
    XSSFCellStyle style(CellStyle style) {
        XSSFCellStyle made = styles.get(style);
        if (made == null) {
            made = workbook.createCellStyle();
            describe(made, style);
            styles.put(style, made);
        }
        return made;
    }

    /** Index of the cell format for {@code style}, as {@code <col style>} and {@code <row s>} want it. */
    int index(CellStyle style) {
        return style(style).getIndex();
    }

    /** Plain RGB with an opaque alpha byte, as Excel writes it. */
    XSSFColor color(Rgb rgb) {
        byte[] argb = {(byte) 0xFF, (byte) rgb.red(), (byte) rgb.green(), (byte) rgb.blue()};
        return new XSSFColor(argb, workbook.getStylesSource().getIndexedColors());
    }

    private void describe(XSSFCellStyle target, CellStyle style) {
        target.setFont(font(style.font()));
        if (style.fill() != null) {
            target.setFillForegroundColor(color(style.fill()));
            target.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        } else {
            target.setFillPattern(FillPatternType.NO_FILL);
        }
        edge(target, BorderSide.TOP, style.borders().top());
        edge(target, BorderSide.RIGHT, style.borders().right());
        edge(target, BorderSide.BOTTOM, style.borders().bottom());
        edge(target, BorderSide.LEFT, style.borders().left());
        target.setAlignment(switch (style.horizontal()) {
            case LEFT -> HorizontalAlignment.LEFT;
            case CENTER -> HorizontalAlignment.CENTER;
            case RIGHT -> HorizontalAlignment.RIGHT;
            case FILL -> HorizontalAlignment.FILL;
            case JUSTIFY -> HorizontalAlignment.JUSTIFY;
            case GENERAL -> HorizontalAlignment.GENERAL;
        });
        target.setVerticalAlignment(switch (style.vertical()) {
            case TOP -> VerticalAlignment.TOP;
            case CENTER -> VerticalAlignment.CENTER;
            case BOTTOM -> VerticalAlignment.BOTTOM;
        });
        target.setWrapText(style.wrap());
        target.setIndention((short) style.indent());
        target.setRotation((short) (style.rotation() > 90 && style.rotation() <= 180 ? 90 - style.rotation() : style.rotation()));
        target.setShrinkToFit(style.shrink());
        // POI gives built-in codes their standard ids and registers the others as custom formats.
        target.setDataFormat(workbook.createDataFormat().getFormat(style.numberFormat()));
    }

    private void edge(XSSFCellStyle target, BorderSide side, Border border) {
        BorderStyle line = border == null ? BorderStyle.NONE : borderStyle(border.line());
        switch (side) {
            case TOP -> target.setBorderTop(line);
            case RIGHT -> target.setBorderRight(line);
            case BOTTOM -> target.setBorderBottom(line);
            default -> target.setBorderLeft(line);
        }
        if (border != null) {
            target.setBorderColor(side, color(border.color()));
        }
    }

    private static BorderStyle borderStyle(Border.Line line) {
        return switch (line) {
            case THIN -> BorderStyle.THIN;
            case MEDIUM -> BorderStyle.MEDIUM;
            case THICK -> BorderStyle.THICK;
            case DASHED -> BorderStyle.DASHED;
            case DOTTED -> BorderStyle.DOTTED;
            case DOUBLE -> BorderStyle.DOUBLE;
        };
    }

    private XSSFFont font(Font font) {
        XSSFFont made = fonts.get(font);
        if (made == null) {
            made = workbook.createFont();
            describe(made, font);
            fonts.put(font, made);
        }
        return made;
    }

    private void describe(XSSFFont target, Font font) {
        target.setFontName(font.family());
        target.setFontHeight(font.sizePoints());
        target.setBold(font.bold());
        target.setItalic(font.italic());
        target.setUnderline(font.underline() ? FontUnderline.SINGLE : FontUnderline.NONE);
        target.setColor(color(font.color()));
    }
}
