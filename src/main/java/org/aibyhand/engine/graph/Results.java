package org.aibyhand.engine.graph;

import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.function.CallContext;
import org.aibyhand.engine.function.Lift;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.SheetLimits;
import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.LambdaValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.value.Value;

/**
 * Shapes a formula's raw result into what cells show: one value for a plain formula, a fixed block for a
 * legacy array formula, a spill (or #SPILL!) for a dynamic array.
 */
final class Results {
    private final Calculator calculator;

    Results(Calculator calculator) {
        this.calculator = calculator;
    }

    /** Stores {@code raw}, the result of {@code cell}'s formula, reading references through {@code context}. */
    void store(Cell cell, Value raw, CallContext context) {
        FormulaKind kind = cell.formula().kind();
        if (kind == FormulaKind.PLAIN) {
            calculator.setValue(cell, scalar(raw, context));
        } else if (kind == FormulaKind.LEGACY_ARRAY) {
            fill(cell, array(raw, context), cell.formula().arrayArea());
        } else {
            spill(cell, array(raw, context));
        }
    }

    /** The single value a plain formula shows; a blank becomes 0 as in Excel. */
    static Value scalar(Value raw, CallContext context) {
        Value value = raw;
        if (value instanceof ReferenceValue reference) {
            value = reference.isSingleCell() ? context.dereference(reference) : Lift.intersect(reference, context);
        }
        if (value instanceof ArrayValue array) {
            value = array.get(0);
        }
        return shown(value);
    }

    static ArrayValue array(Value raw, CallContext context) {
        Value value = raw instanceof ReferenceValue reference ? context.read(reference) : raw;
        return value instanceof ArrayValue array ? array : ArrayValue.single(shown(value));
    }

    private static Value shown(Value value) {
        if (value instanceof EmptyValue) {
            return NumberValue.ZERO;
        }
        if (value instanceof LambdaValue) {
            return ErrorValue.CALC;
        }
        return value;
    }

    /** A legacy array formula fills exactly its range; missing elements show #N/A. */
    private void fill(Cell anchor, ArrayValue array, Area area) {
        if (!withinSpillBudget(area)) {
            calculator.setValue(anchor, ErrorValue.NUM); // a range of millions of cells: it would fill the heap
            return;
        }
        Sheet sheet = anchor.sheet();
        for (int r = area.top(); r <= area.bottom(); r++) {
            for (int c = area.left(); c <= area.right(); c++) {
                Value element = Lift.element(array, r - area.top(), c - area.left());
                Value shown = element == null ? ErrorValue.NA : shown(element);
                Cell target = r == anchor.row() && c == anchor.column() ? anchor : sheet.cellForWrite(r, c);
                if (target != anchor) {
                    if (target.spillAnchor() != anchor) {
                        calculator.graph().spillsChanged();
                    }
                    target.setSpillAnchor(anchor);
                    target.setDirty(false);
                }
                calculator.setValue(target, shown);
            }
        }
    }

    private void spill(Cell anchor, ArrayValue array) {
        if (array.size() == 1) {
            release(anchor, null);
            anchor.setSpillArea(null);
            calculator.unblock(anchor);
            calculator.setValue(anchor, shown(array.get(0)));
            return;
        }
        int bottom = anchor.row() + array.rows() - 1;
        int right = anchor.column() + array.columns() - 1;
        Area target = SheetLimits.contains(bottom, right) ? new Area(anchor.row(), anchor.column(), bottom, right) : null;
        if (target != null && !withinSpillBudget(target)) {
            target = null; // #SPILL!, as for a spill past the sheet's edge: the cells it needs do not fit in memory
        }
        // a spill keeping the area it already holds was checked when it took it; only a new area can close a cycle
        boolean newArea = target != null && !target.equals(anchor.spillArea());
        if (newArea && (calculator.graph().readsWithin(anchor, target) || calculator.spillFeedsBack(anchor, target))) {
            release(anchor, null); // it would spill over its own inputs: a circular reference
            anchor.setSpillArea(null);
            calculator.setValue(anchor, ErrorValue.CYCLE);
            return;
        }
        if (target == null || isBlocked(anchor, target)) {
            release(anchor, null);
            anchor.setSpillArea(null);
            calculator.block(anchor, target);
            calculator.setValue(anchor, ErrorValue.SPILL);
            return;
        }
        release(anchor, target);
        anchor.setSpillArea(target);
        calculator.unblock(anchor);
        Sheet sheet = anchor.sheet();
        for (int r = target.top(); r <= target.bottom(); r++) {
            for (int c = target.left(); c <= target.right(); c++) {
                Value shown = shown(array.get(r - target.top(), c - target.left()));
                if (r == anchor.row() && c == anchor.column()) {
                    calculator.setValue(anchor, shown);
                    continue;
                }
                Cell member = sheet.cellForWrite(r, c);
                boolean joined = member.spillAnchor() != anchor;
                if (joined) {
                    calculator.graph().spillsChanged();
                }
                member.setSpillAnchor(anchor);
                member.setDirty(false);
                calculator.setValue(member, shown);
                if (joined) { // readers of cells already in the spill were marked with the anchor
                    calculator.valueChangedDuringPass(member);
                }
            }
        }
    }

    /**
     * The most cells one spill or legacy array range may fill: a whole column. Each is a cell object of a
     * hundred bytes or more, so {@code SEQUENCE(1048576, 16)} would otherwise take gigabytes.
     */
    static final long MAX_SPILL_CELLS = 1 << 20;

    static boolean withinSpillBudget(Area area) {
        return area.cellCount() <= MAX_SPILL_CELLS;
    }

    private static boolean isBlocked(Cell anchor, Area target) {
        Sheet sheet = anchor.sheet();
        for (int r = target.top(); r <= target.bottom(); r++) {
            for (int c = target.left(); c <= target.right(); c++) {
                Cell cell = sheet.cell(r, c);
                if (cell == null || cell == anchor) {
                    continue;
                }
                if (!cell.isBlankContent() || (cell.spillAnchor() != null && cell.spillAnchor() != anchor)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Empties the cells of the anchor's previous spill that lie outside {@code keep} (all of them if null). */
    void release(Cell anchor, Area keep) {
        release(anchor, anchor.spillArea(), keep);
    }

    /** Empties the cells of {@code previous} that the anchor filled and that lie outside {@code keep}. */
    void release(Cell anchor, Area previous, Area keep) {
        if (previous == null) {
            return;
        }
        Sheet sheet = anchor.sheet();
        for (int r = previous.top(); r <= previous.bottom(); r++) {
            for (int c = previous.left(); c <= previous.right(); c++) {
                Cell member = sheet.cell(r, c);
                if (member == null || member == anchor || member.spillAnchor() != anchor || (keep != null && keep.contains(r, c))) {
                    continue;
                }
                member.setSpillAnchor(null);
                calculator.graph().spillsChanged();
                member.setDirty(false);
                calculator.setValue(member, EmptyValue.INSTANCE);
                calculator.valueChangedDuringPass(member);
                calculator.cellBecameBlank(member);
            }
        }
    }
}
