package org.aibyhand.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.aibyhand.engine.book.format.ConditionalFormat;
import org.aibyhand.engine.book.format.ConditionalRule;
import org.aibyhand.engine.book.format.ConditionalRule.Comparison;
import org.aibyhand.engine.book.format.ConditionalRule.ScalePoint;
import org.aibyhand.engine.book.format.Rgb;
import org.aibyhand.engine.book.format.StyleChange;
import org.aibyhand.engine.formula.Expr;
import org.aibyhand.engine.formula.FormulaParser;
import org.aibyhand.engine.formula.FormulaSyntaxException;
import org.aibyhand.engine.ref.Area;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCfRule;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCfvo;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTColor;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTConditionalFormatting;

/**
 * Reads a worksheet's {@code <conditionalFormatting>} elements. Formulas are parsed relative to the top-left
 * cell of the first range, the cell Excel writes them for. Rules that only name a formula Excel generated
 * (contains text, not blank, ...) become expression rules on that formula; kinds the engine does not draw,
 * formulas it cannot read and malformed rules are kept as {@link ConditionalRule.Unsupported}.
 */
final class ConditionalFormatReader {
    /** Rule types whose meaning Excel also writes out as an equivalent formula. */
    private static final Set<String> FORMULA_TYPES = Set.of("expression", "containsText", "notContainsText",
            "beginsWith", "endsWith", "containsBlanks", "notContainsBlanks", "containsErrors", "notContainsErrors",
            "timePeriod");

    private final StyleTable styles;

    ConditionalFormatReader(StyleTable styles) {
        this.styles = styles;
    }

    /** The format, or null when it has no readable range. */
    ConditionalFormat read(CTConditionalFormatting xml) {
        List<Area> ranges = new ArrayList<>();
        for (Object ref : xml.getSqref()) {
            try {
                ranges.add(Area.parse(String.valueOf(ref)));
            } catch (RuntimeException bad) {
                // a range that is not A1 text is left out
            }
        }
        if (ranges.isEmpty()) {
            return null;
        }
        Area anchor = ranges.get(0);
        List<ConditionalRule> rules = new ArrayList<>();
        for (CTCfRule rule : xml.getCfRuleArray()) {
            rules.add(rule(rule, anchor.top(), anchor.left()));
        }
        return new ConditionalFormat(ranges, rules);
    }

    private ConditionalRule rule(CTCfRule xml, int row, int column) {
        String type = xml.isSetType() ? xml.getType().toString() : "";
        int priority = xml.getPriority();
        try {
            boolean stop = xml.isSetStopIfTrue() && xml.getStopIfTrue();
            if (FORMULA_TYPES.contains(type) && xml.sizeOfFormulaArray() > 0) {
                return new ConditionalRule.Expression(parse(xml.getFormulaArray(0), row, column), change(xml), priority, stop);
            }
            if ("cellIs".equals(type) && xml.isSetOperator() && xml.sizeOfFormulaArray() > 0) {
                Comparison comparison = comparison(xml.getOperator().toString());
                boolean range = comparison == Comparison.BETWEEN || comparison == Comparison.NOT_BETWEEN;
                if (comparison != null && (!range || xml.sizeOfFormulaArray() > 1)) {
                    Expr first = parse(xml.getFormulaArray(0), row, column);
                    Expr second = range ? parse(xml.getFormulaArray(1), row, column) : null;
                    return new ConditionalRule.CellValue(comparison, first, second, change(xml), priority, stop);
                }
            }
            if ("colorScale".equals(type) && xml.isSetColorScale()) {
                CTCfvo[] thresholds = xml.getColorScale().getCfvoArray();
                CTColor[] colors = xml.getColorScale().getColorArray();
                List<ScalePoint> points = new ArrayList<>();
                for (int i = 0; i < thresholds.length && i < colors.length; i++) {
                    points.add(point(thresholds[i], styles.colors().resolve(colors[i], Rgb.BLACK)));
                }
                return new ConditionalRule.ColorScale(points, priority);
            }
            if ("dataBar".equals(type) && xml.isSetDataBar() && xml.getDataBar().sizeOfCfvoArray() >= 2) {
                Rgb color = styles.colors().resolve(xml.getDataBar().getColor(), Rgb.BLACK);
                CTCfvo[] thresholds = xml.getDataBar().getCfvoArray();
                return new ConditionalRule.DataBar(color, point(thresholds[0], color), point(thresholds[1], color), priority);
            }
        } catch (RuntimeException | FormulaSyntaxException unreadable) {
            // falls through: kept, not drawn
        }
        return new ConditionalRule.Unsupported(type, priority);
    }

    private StyleChange change(CTCfRule xml) {
        return xml.isSetDxfId() ? styles.change(xml.getDxfId()) : StyleChange.NONE;
    }

    private static Expr parse(String text, int row, int column) throws FormulaSyntaxException {
        String formula = text.startsWith("=") ? text.substring(1) : text;
        return FormulaParser.parse(formula, row, column);
    }

    /** A threshold; a formula threshold is read only when it is a plain number. */
    private static ScalePoint point(CTCfvo xml, Rgb color) {
        String value = xml.isSetVal() ? xml.getVal() : "0";
        return switch (xml.getType().toString()) {
            case "min" -> new ScalePoint(ScalePoint.Kind.MIN, 0, color);
            case "max" -> new ScalePoint(ScalePoint.Kind.MAX, 0, color);
            case "num", "formula" -> new ScalePoint(ScalePoint.Kind.NUMBER, Double.parseDouble(value), color);
            case "percent" -> new ScalePoint(ScalePoint.Kind.PERCENT, Double.parseDouble(value), color);
            case "percentile" -> new ScalePoint(ScalePoint.Kind.PERCENTILE, Double.parseDouble(value), color);
            default -> throw new IllegalArgumentException("unknown threshold " + xml.getType());
        };
    }

    /** The comparison a cellIs operator names, or null; the writer holds the one table of names. */
    private static Comparison comparison(String operator) {
        for (Comparison comparison : Comparison.values()) {
            if (ConditionalFormatWriter.operator(comparison).equals(operator)) {
                return comparison;
            }
        }
        return null;
    }
}
