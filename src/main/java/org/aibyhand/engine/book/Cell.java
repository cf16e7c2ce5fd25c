package org.aibyhand.engine.book;

import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;

/**
 * One cell: its constant or formula, its current value, and its part in a spill. Cells exist only where
 * something is (content, a spilled value, or a dependent waiting on the cell). The fields under "calculation
 * bookkeeping" belong to the engine's calculator; nothing else should touch them.
 */
public final class Cell {
    private final Sheet sheet;
    private final int row;
    private final int column;
    /** The cell's place in the workbook's {@link NumberStore}, where its value is kept while it is a number. */
    private final int slot;
    /** The value when it is not a number; null while the number in the store is the value. */
    private Value value = EmptyValue.INSTANCE;
    private Formula formula;
    private Cell spillAnchor;
    private Area spillArea;

    // calculation bookkeeping
    private boolean dirty;
    private int mark;
    private int changeStamp;
    private Cell[] dependents;
    private int dependentCount;

    Cell(Sheet sheet, int row, int column, int slot) {
        this.sheet = sheet;
        this.row = row;
        this.column = column;
        this.slot = slot;
    }

    public Sheet sheet() {
        return sheet;
    }

    public int row() {
        return row;
    }

    public int column() {
        return column;
    }

    /** The value shown: the constant, the formula's result, or the element spilled here. */
    public Value value() {
        Value other = value;
        return other != null ? other : new NumberValue(sheet.numbers().get(slot));
    }

    public void setValue(Value value) {
        if (value instanceof NumberValue number) {
            this.value = null;
            sheet.numbers().set(slot, number.value());
        } else {
            this.value = value;
            sheet.numbers().set(slot, Double.NaN);
        }
    }

    /** The value if it is a number, else NaN; read without making a value object. */
    public double number() {
        return sheet.numbers().get(slot);
    }

    /** Where {@link #number()} lives in the workbook's {@link NumberStore#array()}. */
    public int slot() {
        return slot;
    }

    public Formula formula() {
        return formula;
    }

    public void setFormula(Formula formula) {
        this.formula = formula;
    }

    public boolean hasFormula() {
        return formula != null;
    }

    /** The dynamic-array formula cell whose result spills into this cell, or null. */
    public Cell spillAnchor() {
        return spillAnchor;
    }

    public void setSpillAnchor(Cell anchor) {
        this.spillAnchor = anchor;
    }

    /** For a formula cell whose array result is shown over several cells: that range, else null. */
    public Area spillArea() {
        return spillArea;
    }

    public void setSpillArea(Area area) {
        this.spillArea = area;
    }

    /** True when the user or file put nothing here: no formula and no constant (a spilled value is not content). */
    public boolean isBlankContent() {
        return formula == null && (spillAnchor != null || value instanceof EmptyValue);
    }

    public boolean isDirty() {
        return dirty;
    }

    public void setDirty(boolean dirty) {
        this.dirty = dirty;
    }

    public int mark() {
        return mark;
    }

    public void setMark(int mark) {
        this.mark = mark;
    }

    /** The last change record this cell was added to (the calculator's, to keep each change once). */
    public int changeStamp() {
        return changeStamp;
    }

    public void setChangeStamp(int stamp) {
        this.changeStamp = stamp;
    }

    public int dependentCount() {
        return dependentCount;
    }

    public Cell dependent(int index) {
        return dependents[index];
    }

    /** Records that {@code formulaCell} reads this cell directly. */
    public void addDependent(Cell formulaCell) {
        if (dependents == null) {
            dependents = new Cell[2];
        } else if (dependentCount == dependents.length) {
            dependents = java.util.Arrays.copyOf(dependents, dependentCount * 2);
        }
        dependents[dependentCount++] = formulaCell;
    }

    public void removeDependent(Cell formulaCell) {
        for (int i = 0; i < dependentCount; i++) {
            if (dependents[i] == formulaCell) {
                dependents[i] = dependents[--dependentCount];
                dependents[dependentCount] = null;
                return;
            }
        }
    }

    public String address() {
        return org.aibyhand.engine.ref.A1.columnName(column) + (row + 1);
    }

    @Override
    public String toString() {
        return sheet.name() + "!" + address() + "=" + value();
    }
}
