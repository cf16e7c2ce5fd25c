package org.aibyhand.engine.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.book.format.CellStyle;
import org.aibyhand.engine.book.format.ConditionalFormat;
import org.aibyhand.engine.book.format.ConditionalRule;
import org.aibyhand.engine.book.format.Rgb;
import org.aibyhand.engine.book.format.StyleChange;
import org.aibyhand.engine.formula.Expr;
import org.aibyhand.engine.function.FunctionRegistry;
import org.aibyhand.engine.function.Lift;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.Arithmetic;
import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;

/**
 * The style each cell shows once its conditional formats are applied, for a view that repaints thousands of
 * cells. For one cell: its own style, then every rule covering it that holds, the most important (lowest
 * priority number) winning where two change the same thing, and none after a holding rule that says "stop
 * if true". Expression rules are evaluated at the cell like a plain formula (TRUE or a non-zero number holds;
 * an error does not); "cell value" rules compare the cell as Excel's comparison operators do; colour scales
 * colour the fill and data bars are reported for the view to draw, both placed among the numbers of their
 * format's ranges, which are gathered once and kept until {@link #afterChange} or {@link #reset}.
 *
 * <p>Read it after recalculation, from one thread (it has an evaluator of its own); a formula that meets a
 * cell not yet recalculated does not hold. Editing a sheet's list of formats is noticed on the next call.
 */
public final class ConditionalStyles {
    private final Workbook book;
    private final Evaluator evaluator;
    private final Map<Sheet, SheetRules> bySheet = new IdentityHashMap<>();
    private final Map<ConditionalFormat, ScaleStatistics> statistics = new IdentityHashMap<>();

    public ConditionalStyles(Workbook book) {
        this(book, FunctionRegistry.standard());
    }

    public ConditionalStyles(Workbook book, FunctionRegistry functions) {
        this.book = book;
        this.evaluator = new Evaluator(book, functions);
    }

    /** The style the cell shows. */
    public CellStyle style(Sheet sheet, int row, int column) {
        return look(sheet, row, column).style();
    }

    /** The style the cell shows and its data bar, if any. */
    public CellLook look(Sheet sheet, int row, int column) {
        CellStyle own = sheet.format().style(row, column);
        SheetRules rules = rules(sheet);
        if (!rules.mayCover(row, column)) {
            return new CellLook(own, null);
        }
        List<StyleChange> held = new ArrayList<>(2);
        CellLook.Bar bar = null;
        for (SheetRules.Entry entry : rules.entries()) {
            if (!entry.format().covers(row, column)) {
                continue;
            }
            ConditionalRule rule = entry.rule();
            boolean holds;
            boolean stop = false;
            if (rule instanceof ConditionalRule.Expression expression) {
                holds = isTrue(formula(expression.formula(), sheet, row, column));
                stop = expression.stopIfTrue();
                add(held, holds, expression.change());
            } else if (rule instanceof ConditionalRule.CellValue cellValue) {
                holds = compares(cellValue, sheet, row, column);
                stop = cellValue.stopIfTrue();
                add(held, holds, cellValue.change());
            } else if (rule instanceof ConditionalRule.ColorScale scale) {
                Rgb fill = scaleColor(sheet, entry.format(), scale, sheet.value(row, column));
                holds = fill != null;
                add(held, holds, holds ? StyleChange.fill(fill) : null);
            } else if (rule instanceof ConditionalRule.DataBar dataBar) {
                CellLook.Bar drawn = bar(sheet, entry.format(), dataBar, sheet.value(row, column));
                holds = drawn != null;
                bar = bar != null ? bar : drawn; // a more important bar was found first
            } else {
                continue;
            }
            if (holds && stop) {
                break;
            }
        }
        CellStyle shown = own;
        for (int i = held.size() - 1; i >= 0; i--) {
            shown = held.get(i).applyTo(shown); // the least important first, so the most important lands last
        }
        return new CellLook(shown, bar);
    }

    /**
     * After an edit or recalculation that changed {@code changed}: the ranges, per sheet, of every format whose
     * look may have changed (a changed cell lies in its ranges or is read by its formulas). Their numbers are
     * gathered afresh on the next call. Repainting these areas (and the changed cells) is enough.
     */
    public Map<Sheet, List<Area>> afterChange(Collection<Cell> changed) {
        Map<Sheet, List<Area>> repaint = new LinkedHashMap<>();
        if (changed.isEmpty()) {
            return repaint;
        }
        for (Sheet sheet : book.sheets()) {
            int sheetIndex = sheet.index();
            for (SheetRules.Footprint footprint : rules(sheet).footprints()) {
                for (Cell cell : changed) {
                    if (footprint.touchedBy(cell, sheetIndex)) {
                        statistics.remove(footprint.format());
                        repaint.computeIfAbsent(sheet, s -> new ArrayList<>()).addAll(footprint.format().ranges());
                        break;
                    }
                }
            }
        }
        return repaint;
    }

    /** Forgets everything gathered: call after loading other values wholesale or changing cell styles in bulk. */
    public void reset() {
        bySheet.clear();
        statistics.clear();
    }

    private SheetRules rules(Sheet sheet) {
        SheetRules rules = bySheet.get(sheet);
        if (rules == null || !rules.isCurrent(sheet)) {
            if (rules != null) {
                rules.entries().forEach(entry -> statistics.remove(entry.format()));
            }
            rules = new SheetRules(book, sheet);
            bySheet.put(sheet, rules);
        }
        return rules;
    }

    private static void add(List<StyleChange> held, boolean holds, StyleChange change) {
        if (holds && change != null) {
            held.add(change);
        }
    }

    /** A rule's formula at the cell, as one value; a formula that cannot be finished yet is #N/A. */
    private Value formula(Expr formula, Sheet sheet, int row, int column) {
        try {
            Value value = Lift.operand(evaluator.evaluate(formula, sheet, row, column, false), evaluator);
            return value instanceof ArrayValue array ? array.get(0) : value;
        } catch (PendingCell | ErrorSignal notReady) {
            return ErrorValue.NA;
        }
    }

    private static boolean isTrue(Value value) {
        if (value instanceof BooleanValue bool) {
            return bool.value();
        }
        return value instanceof NumberValue number && number.value() != 0;
    }

    private boolean compares(ConditionalRule.CellValue rule, Sheet sheet, int row, int column) {
        Value cell = sheet.value(row, column);
        Value first = formula(rule.first(), sheet, row, column);
        if (cell instanceof ErrorValue || first instanceof ErrorValue) {
            return false;
        }
        int order = Arithmetic.compare(cell, first);
        switch (rule.comparison()) {
            case EQUAL:
                return order == 0;
            case NOT_EQUAL:
                return order != 0;
            case GREATER:
                return order > 0;
            case LESS:
                return order < 0;
            case GREATER_OR_EQUAL:
                return order >= 0;
            case LESS_OR_EQUAL:
                return order <= 0;
            default:
                break;
        }
        Value second = rule.second() == null ? ErrorValue.NA : formula(rule.second(), sheet, row, column);
        if (second instanceof ErrorValue) {
            return false;
        }
        int other = Arithmetic.compare(cell, second);
        // Excel takes the two bounds in either order.
        boolean between = (order >= 0 && other <= 0) || (order <= 0 && other >= 0);
        return rule.comparison() == ConditionalRule.Comparison.BETWEEN ? between : !between;
    }

    private Rgb scaleColor(Sheet sheet, ConditionalFormat format, ConditionalRule.ColorScale scale, Value value) {
        if (!(value instanceof NumberValue number)) {
            return null;
        }
        ScaleStatistics numbers = statistics(sheet, format);
        return numbers.isEmpty() ? null : numbers.color(scale.points(), number.value());
    }

    private CellLook.Bar bar(Sheet sheet, ConditionalFormat format, ConditionalRule.DataBar dataBar, Value value) {
        if (!(value instanceof NumberValue number)) {
            return null;
        }
        ScaleStatistics numbers = statistics(sheet, format);
        return numbers.isEmpty() ? null
                : new CellLook.Bar(numbers.fraction(dataBar.min(), dataBar.max(), number.value()), dataBar.color());
    }

    private ScaleStatistics statistics(Sheet sheet, ConditionalFormat format) {
        return statistics.computeIfAbsent(format, f -> ScaleStatistics.of(sheet, f));
    }
}
