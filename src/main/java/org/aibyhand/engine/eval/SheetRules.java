package org.aibyhand.engine.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.book.format.ConditionalFormat;
import org.aibyhand.engine.book.format.ConditionalRule;
import org.aibyhand.engine.formula.Expr;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.ReferenceValue;

/**
 * One sheet's conditional formats prepared for drawing: every rule with its format, in priority order, a
 * bounding box that rejects most cells at once, and for each format what its formulas read, so an edit can
 * tell which formats it may affect. Built from a snapshot of the sheet's list; {@link #isCurrent} says when
 * the list has changed since.
 */
final class SheetRules {

    /** A rule and the format whose ranges it applies to. */
    record Entry(ConditionalFormat format, ConditionalRule rule) {
    }

    /** A format and the cells its formulas read; {@code readsAnything} when that cannot be known in advance. */
    record Footprint(ConditionalFormat format, List<ReferenceValue> reads, boolean readsAnything) {
        boolean touchedBy(Cell cell, int sheetIndex) {
            if (readsAnything || (cell.sheet().index() == sheetIndex && format.covers(cell.row(), cell.column()))) {
                return true;
            }
            int changedSheet = cell.sheet().index();
            for (ReferenceValue read : reads) {
                if (read.sheet() == changedSheet && cell.row() >= read.top() && cell.row() <= read.bottom()
                        && cell.column() >= read.left() && cell.column() <= read.right()) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<ConditionalFormat> snapshot;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Footprint> footprints = new ArrayList<>();
    private int top = Integer.MAX_VALUE;
    private int left = Integer.MAX_VALUE;
    private int bottom = -1;
    private int right = -1;

    SheetRules(Workbook book, Sheet sheet) {
        this.snapshot = List.copyOf(sheet.format().conditionalFormats());
        for (ConditionalFormat format : snapshot) {
            boolean drawn = false;
            for (ConditionalRule rule : format.rules()) {
                if (!(rule instanceof ConditionalRule.Unsupported)) {
                    entries.add(new Entry(format, rule));
                    drawn = true;
                }
            }
            if (drawn) {
                footprints.add(footprint(book, sheet, format));
                for (Area area : format.ranges()) {
                    top = Math.min(top, area.top());
                    left = Math.min(left, area.left());
                    bottom = Math.max(bottom, area.bottom());
                    right = Math.max(right, area.right());
                }
            }
        }
        // Stable: rules of equal priority keep the order of the file.
        entries.sort(Comparator.comparingInt(entry -> entry.rule().priority()));
    }

    /** True while the sheet holds the same formats (the same objects) this was built from. */
    boolean isCurrent(Sheet sheet) {
        List<ConditionalFormat> now = sheet.format().conditionalFormats();
        if (now.size() != snapshot.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            if (now.get(i) != snapshot.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** False for a cell no format covers; true means "look closer". */
    boolean mayCover(int row, int column) {
        return row >= top && row <= bottom && column >= left && column <= right;
    }

    /** Rules by priority, most important first. */
    List<Entry> entries() {
        return entries;
    }

    List<Footprint> footprints() {
        return footprints;
    }

    /**
     * What a format's formulas read over all of its cells. A formula's references move with the cell it is
     * tested at, linearly, so over a rectangle of cells each reference sweeps the box between where it points
     * from the rectangle's top-left and from its bottom-right cell.
     */
    private static Footprint footprint(Workbook book, Sheet sheet, ConditionalFormat format) {
        List<ReferenceValue> reads = new ArrayList<>();
        for (ConditionalRule rule : format.rules()) {
            for (Expr formula : formulas(rule)) {
                for (Area area : format.ranges()) {
                    List<ReferenceValue> fromTopLeft = new ArrayList<>();
                    List<ReferenceValue> fromBottomRight = new ArrayList<>();
                    boolean dynamic = ReferenceWalker.walk(book, formula, sheet, area.top(), area.left(), collector(fromTopLeft))
                            | ReferenceWalker.walk(book, formula, sheet, area.bottom(), area.right(), collector(fromBottomRight));
                    if (dynamic || fromTopLeft.size() != fromBottomRight.size()) {
                        return new Footprint(format, List.of(), true); // references built at run time, or off the sheet
                    }
                    for (int i = 0; i < fromTopLeft.size(); i++) {
                        ReferenceValue a = fromTopLeft.get(i);
                        ReferenceValue b = fromBottomRight.get(i);
                        reads.add(new ReferenceValue(a.sheet(), Math.min(a.top(), b.top()), Math.min(a.left(), b.left()),
                                Math.max(a.bottom(), b.bottom()), Math.max(a.right(), b.right())));
                    }
                }
            }
        }
        return new Footprint(format, reads, false);
    }

    private static List<Expr> formulas(ConditionalRule rule) {
        if (rule instanceof ConditionalRule.Expression expression) {
            return List.of(expression.formula());
        }
        if (rule instanceof ConditionalRule.CellValue value) {
            return value.second() == null ? List.of(value.first()) : List.of(value.first(), value.second());
        }
        return List.of();
    }

    private static ReferenceWalker.Visitor collector(List<ReferenceValue> into) {
        return new ReferenceWalker.Visitor() {
            @Override
            public void cell(int sheet, int row, int column) {
                into.add(new ReferenceValue(sheet, row, column, row, column));
            }

            @Override
            public void range(ReferenceValue range) {
                into.add(range);
            }
        };
    }
}
