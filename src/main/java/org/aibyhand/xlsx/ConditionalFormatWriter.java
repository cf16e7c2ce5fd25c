package org.aibyhand.xlsx;

import java.util.List;
import java.util.Locale;
import org.aibyhand.engine.book.format.Border;
import org.aibyhand.engine.book.format.ConditionalFormat;
import org.aibyhand.engine.book.format.ConditionalRule;
import org.aibyhand.engine.book.format.ConditionalRule.ScalePoint;
import org.aibyhand.engine.book.format.Rgb;
import org.aibyhand.engine.book.format.StyleChange;
import org.aibyhand.engine.formula.Expr;
import org.aibyhand.engine.formula.FormulaPrinter;
import org.aibyhand.engine.ref.Area;
import org.apache.poi.xssf.model.StylesTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTBorder;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTBorderPr;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCfRule;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCfvo;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTColor;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTConditionalFormatting;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDxf;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTFont;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPatternFill;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STBorderStyle;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCfType;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCfvoType;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STConditionalFormattingOperator;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STPatternType;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STUnderlineValues;

/**
 * Writes a new workbook's conditional formats into its worksheet XML, with their dxfs in styles.xml. It builds
 * the elements itself rather than through POI's SheetConditionalFormatting, which merges the ranges (moving
 * the cell formulas are written for) and renumbers priorities. Formulas are printed by the engine's printer,
 * relative to the top-left cell of the first range. Unsupported rules cannot be written and are left out.
 */
final class ConditionalFormatWriter {
    private final StylesTable styles;

    ConditionalFormatWriter(StylesTable styles) {
        this.styles = styles;
    }

    void write(CTWorksheet worksheet, List<ConditionalFormat> formats) {
        for (ConditionalFormat format : formats) {
            CTConditionalFormatting xml = worksheet.addNewConditionalFormatting();
            xml.setSqref(format.ranges().stream().map(Area::toA1).toList());
            Area anchor = format.anchorArea();
            for (ConditionalRule rule : format.rules()) {
                if (!(rule instanceof ConditionalRule.Unsupported)) {
                    rule(xml.addNewCfRule(), rule, anchor);
                }
            }
            if (xml.sizeOfCfRuleArray() == 0) {
                worksheet.removeConditionalFormatting(worksheet.sizeOfConditionalFormattingArray() - 1);
            }
        }
    }

    private void rule(CTCfRule xml, ConditionalRule rule, Area anchor) {
        xml.setPriority(rule.priority());
        if (rule instanceof ConditionalRule.Expression expression) {
            xml.setType(STCfType.EXPRESSION);
            xml.addFormula(print(expression.formula(), anchor));
            finish(xml, expression.change(), expression.stopIfTrue());
        } else if (rule instanceof ConditionalRule.CellValue value) {
            xml.setType(STCfType.CELL_IS);
            xml.setOperator(STConditionalFormattingOperator.Enum.forString(operator(value.comparison())));
            xml.addFormula(print(value.first(), anchor));
            if (value.second() != null) {
                xml.addFormula(print(value.second(), anchor));
            }
            finish(xml, value.change(), value.stopIfTrue());
        } else if (rule instanceof ConditionalRule.ColorScale scale) {
            xml.setType(STCfType.COLOR_SCALE);
            var colorScale = xml.addNewColorScale();
            for (ScalePoint point : scale.points()) {
                threshold(colorScale.addNewCfvo(), point);
            }
            for (ScalePoint point : scale.points()) {
                rgb(colorScale.addNewColor(), point.color());
            }
        } else if (rule instanceof ConditionalRule.DataBar bar) {
            xml.setType(STCfType.DATA_BAR);
            var dataBar = xml.addNewDataBar();
            threshold(dataBar.addNewCfvo(), bar.min());
            threshold(dataBar.addNewCfvo(), bar.max());
            rgb(dataBar.addNewColor(), bar.color());
        }
    }

    private void finish(CTCfRule xml, StyleChange change, boolean stopIfTrue) {
        if (stopIfTrue) {
            xml.setStopIfTrue(true);
        }
        if (change != null && !change.equals(StyleChange.NONE)) {
            xml.setDxfId(styles.putDxf(dxf(change)) - 1L); // putDxf answers the new count
        }
    }

    private static String print(Expr formula, Area anchor) {
        return FormulaPrinter.print(formula, anchor.top(), anchor.left(), FormulaPrinter.Style.STORAGE);
    }

    /**
     * A dxf lists only what it changes. A solid fill's colour goes in bgColor, as Excel writes dxfs; pattern
     * "none" removes the fill; edges without a line remove the borders.
     */
    private static CTDxf dxf(StyleChange change) {
        CTDxf dxf = CTDxf.Factory.newInstance();
        if (change.fontColor() != null || change.bold() != null || change.italic() != null || change.underline() != null) {
            CTFont font = dxf.addNewFont();
            if (change.bold() != null) {
                font.addNewB().setVal(change.bold());
            }
            if (change.italic() != null) {
                font.addNewI().setVal(change.italic());
            }
            if (change.underline() != null) {
                font.addNewU().setVal(change.underline() ? STUnderlineValues.SINGLE : STUnderlineValues.NONE);
            }
            if (change.fontColor() != null) {
                rgb(font.addNewColor(), change.fontColor());
            }
        }
        if (change.fill() != null) {
            rgb(dxf.addNewFill().addNewPatternFill().addNewBgColor(), change.fill());
        } else if (change.clearFill()) {
            CTPatternFill none = dxf.addNewFill().addNewPatternFill();
            none.setPatternType(STPatternType.NONE);
        }
        boolean drawn = change.borders() != null && !change.borders().isEmpty();
        if (drawn || change.clearBorders()) {
            CTBorder border = dxf.addNewBorder();
            Border left = drawn ? change.borders().left() : null;
            Border right = drawn ? change.borders().right() : null;
            Border top = drawn ? change.borders().top() : null;
            Border bottom = drawn ? change.borders().bottom() : null;
            edge(border.addNewLeft(), left);
            edge(border.addNewRight(), right);
            edge(border.addNewTop(), top);
            edge(border.addNewBottom(), bottom);
        }
        return dxf;
    }

    private static void edge(CTBorderPr xml, Border border) {
        if (border != null) {
            // The engine's line names are the file's, lower-cased: thin, medium, thick, dashed, dotted, double.
            xml.setStyle(STBorderStyle.Enum.forString(border.line().name().toLowerCase(Locale.ROOT)));
            rgb(xml.addNewColor(), border.color());
        }
    }

    private static void threshold(CTCfvo xml, ScalePoint point) {
        switch (point.kind()) {
            case MIN -> xml.setType(STCfvoType.MIN);
            case MAX -> xml.setType(STCfvoType.MAX);
            case NUMBER -> xml.setType(STCfvoType.NUM);
            case PERCENT -> xml.setType(STCfvoType.PERCENT);
            case PERCENTILE -> xml.setType(STCfvoType.PERCENTILE);
        }
        if (point.kind() != ScalePoint.Kind.MIN && point.kind() != ScalePoint.Kind.MAX) {
            xml.setVal(FormulaPrinter.numberText(point.value()));
        }
    }

    private static void rgb(CTColor xml, Rgb color) {
        xml.setRgb(new byte[] {(byte) 0xFF, (byte) color.red(), (byte) color.green(), (byte) color.blue()});
    }

    /** The file's name of a cellIs operator. */
    static String operator(ConditionalRule.Comparison comparison) {
        return switch (comparison) {
            case BETWEEN -> "between";
            case NOT_BETWEEN -> "notBetween";
            case EQUAL -> "equal";
            case NOT_EQUAL -> "notEqual";
            case GREATER -> "greaterThan";
            case LESS -> "lessThan";
            case GREATER_OR_EQUAL -> "greaterThanOrEqual";
            case LESS_OR_EQUAL -> "lessThanOrEqual";
        };
    }
}
