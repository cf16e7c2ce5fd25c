package org.aibyhand.engine.function;

import java.util.HashMap;
import java.util.Map;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Value;

/**
 * A grid of cells in memory for function tests: sheets by index, a host cell (the formula's own cell) and an
 * array-mode flag. Cells not set are blank.
 */
final class FakeContext implements CallContext {
    private final Map<Long, Value> cells = new HashMap<>();
    private int hostRow;
    private int hostColumn;
    private boolean arrayMode;

    /** Sets a cell on sheet 0: numbers, strings, booleans or a Value; null clears it. */
    FakeContext put(String a1, Object content) {
        return put(0, a1, content);
    }

    FakeContext put(int sheet, String a1, Object content) {
        CellAddress address = CellAddress.parse(a1);
        long key = key(sheet, address.row(), address.column());
        if (content == null) {
            cells.remove(key);
        } else {
            cells.put(key, toValue(content));
        }
        return this;
    }

    /** Puts a column of values downwards from {@code a1}. */
    FakeContext column(String a1, Object... contents) {
        CellAddress start = CellAddress.parse(a1);
        for (int i = 0; i < contents.length; i++) {
            put(new CellAddress(start.row() + i, start.column()).toA1(), contents[i]);
        }
        return this;
    }

    FakeContext host(String a1) {
        CellAddress address = CellAddress.parse(a1);
        hostRow = address.row();
        hostColumn = address.column();
        return this;
    }

    FakeContext arrayMode(boolean on) {
        arrayMode = on;
        return this;
    }

    static Value toValue(Object content) {
        if (content instanceof Value value) {
            return value;
        }
        if (content instanceof Number number) {
            return new NumberValue(number.doubleValue());
        }
        if (content instanceof Boolean bool) {
            return BooleanValue.of(bool);
        }
        if (content instanceof String text) {
            return new TextValue(text);
        }
        throw new IllegalArgumentException("cannot put " + content);
    }

    private static long key(int sheet, int row, int column) {
        return ((long) sheet << 40) | ((long) row << 16) | column;
    }

    @Override
    public Value cell(int sheet, int row, int column) {
        return cells.getOrDefault(key(sheet, row, column), EmptyValue.INSTANCE);
    }

    @Override
    public ArrayValue read(ReferenceValue reference) {
        Value[] values = new Value[reference.rows() * reference.columns()];
        int i = 0;
        for (int r = reference.top(); r <= reference.bottom(); r++) {
            for (int c = reference.left(); c <= reference.right(); c++) {
                values[i++] = cell(reference.sheet(), r, c);
            }
        }
        return new ArrayValue(reference.rows(), reference.columns(), values);
    }

    @Override
    public int hostSheet() {
        return 0;
    }

    @Override
    public int hostRow() {
        return hostRow;
    }

    @Override
    public int hostColumn() {
        return hostColumn;
    }

    @Override
    public boolean arrayMode() {
        return arrayMode;
    }
}
