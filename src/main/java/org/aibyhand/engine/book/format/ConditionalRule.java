package org.aibyhand.engine.book.format;

import java.util.List;
import java.util.Objects;
import org.aibyhand.engine.formula.Expr;

/**
 * One rule of a conditional format. Formulas are stored relative to the top-left cell of the format's first
 * range, as Excel writes them, so the same tree tests every cell of the ranges.
 */
public sealed interface ConditionalRule {

    /** Lower numbers are applied first; Excel's "priority". */
    int priority();

    /** A formula that is TRUE (or a non-zero number) for the cells to change. */
    record Expression(Expr formula, StyleChange change, int priority, boolean stopIfTrue) implements ConditionalRule {
    }

    /** "Cell value" rules: the cell compared with one or two formulas. */
    record CellValue(Comparison comparison, Expr first, Expr second, StyleChange change, int priority, boolean stopIfTrue)
            implements ConditionalRule {
    }

    /** A two- or three-colour scale over the numbers of the ranges. */
    record ColorScale(List<ScalePoint> points, int priority) implements ConditionalRule {
        public ColorScale {
            points = List.copyOf(points);
            if (points.size() < 2) {
                throw new IllegalArgumentException("a colour scale needs two points at least");
            }
        }
    }

    /**
     * A data bar in one colour, its length running from {@code min} (empty) to {@code max} (full); the two
     * points carry the bar's colour too.
     */
    record DataBar(Rgb color, ScalePoint min, ScalePoint max, int priority) implements ConditionalRule {
        public DataBar {
            Objects.requireNonNull(color, "color");
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
        }

        /** A bar from the smallest to the largest number of the ranges, as Excel makes by default. */
        public DataBar(Rgb color, int priority) {
            this(color, new ScalePoint(ScalePoint.Kind.MIN, 0, color), new ScalePoint(ScalePoint.Kind.MAX, 0, color), priority);
        }
    }

    /** A rule kind the app does not draw (top 10, duplicates, icon sets ...); kept so nothing is lost. */
    record Unsupported(String type, int priority) implements ConditionalRule {
    }

    /** The operators of "cell value" rules. */
    enum Comparison { BETWEEN, NOT_BETWEEN, EQUAL, NOT_EQUAL, GREATER, LESS, GREATER_OR_EQUAL, LESS_OR_EQUAL }

    /**
     * A colour scale's stop: where it sits and its colour. {@code value} is the number for NUMBER, 0..100 for
     * PERCENT (of the way from the minimum to the maximum) and PERCENTILE, unused for MIN and MAX.
     */
    record ScalePoint(Kind kind, double value, Rgb color) {
        /** How the stop's position is given. */
        public enum Kind { MIN, MAX, NUMBER, PERCENT, PERCENTILE }

        public ScalePoint {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(color, "color");
        }
    }
}
