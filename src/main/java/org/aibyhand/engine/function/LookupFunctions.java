package org.aibyhand.engine.function;

import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.LambdaValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.value.Value;

/**
 * Lookup and reference functions: INDEX, CHOOSE, ROW, COLUMN, ROWS and COLUMNS ({@link MatchFunction} holds
 * MATCH). INDEX and CHOOSE hand back references when given references, so ROW(INDEX(...)), SUM(CHOOSE(...))
 * and A1:INDEX(...) work as in Excel.
 */
final class LookupFunctions {
    private LookupFunctions() {
    }

    static void register(FunctionRegistry registry) {
        registry.register("INDEX", 2, 4, LookupFunctions::index);
        registry.register("CHOOSE", 2, 255, LookupFunctions::choose);
        registry.register("ROW", 0, 1, (args, context) -> position(args, context, true));
        registry.register("COLUMN", 0, 1, (args, context) -> position(args, context, false));
        registry.register("ROWS", 1, 1, (args, context) -> new NumberValue(extent(args[0], true)));
        registry.register("COLUMNS", 1, 1, (args, context) -> new NumberValue(extent(args[0], false)));
    }

    /**
     * INDEX(source, row, [column], [area]). Row or column 0 selects the whole column or row; a source with one
     * row or one column takes a lone index along its length. Positions outside the source are #REF!. Arrays of
     * positions map, giving the selected values.
     */
    private static Value index(Value[] args, CallContext context) {
        Value source = ErrorSignal.check(args[0]);
        if (args.length == 4 && Arguments.integer(Arguments.scalar(args[3], context)) != 1) {
            return ErrorValue.REF; // only single-area references exist here
        }
        boolean columnGiven = args.length >= 3;
        Value row = Lift.operand(args[1], context);
        Value column = columnGiven ? Lift.operand(args[2], context) : EmptyValue.INSTANCE;
        if (row instanceof ArrayValue || column instanceof ArrayValue) {
            return Lift.map(row, column, context, (r, c) -> {
                Value picked = context.dereference(pick(source, r, c, columnGiven));
                return picked instanceof ArrayValue ? ErrorValue.VALUE : picked;
            });
        }
        return pick(source, row, column, columnGiven);
    }

    private static Value pick(Value source, Value rowValue, Value columnValue, boolean columnGiven) {
        int rows = height(source);
        int columns = width(source);
        long row = Arguments.integer(rowValue);
        long column = Arguments.integer(columnValue);
        if (!columnGiven && rows == 1 && columns > 1) {
            column = row; // INDEX(A1:C1, 2) is B1
            row = 0;
        }
        if (row < 0 || column < 0) {
            return ErrorValue.VALUE;
        }
        if (row > rows || column > columns) {
            return ErrorValue.REF;
        }
        return slice(source, (int) row, (int) column);
    }

    /**
     * Row {@code row} and column {@code column} (1-based, 0 for all of them) of a source already checked to
     * hold them: a reference gives a reference (so A1:INDEX(...) and XLOOKUP(...):XLOOKUP(...) work), an array
     * its part (an element alone when one), any other value itself.
     */
    static Value slice(Value source, int row, int column) {
        int rows = height(source);
        int columns = width(source);
        int top = row == 0 ? 0 : row - 1;
        int bottom = row == 0 ? rows - 1 : top;
        int left = column == 0 ? 0 : column - 1;
        int right = column == 0 ? columns - 1 : left;
        if (source instanceof ReferenceValue reference) {
            return new ReferenceValue(reference.sheet(), reference.top() + top, reference.left() + left,
                    reference.top() + bottom, reference.left() + right);
        }
        if (!(source instanceof ArrayValue array)) {
            return source;
        }
        if (top == bottom && left == right) {
            return array.get(top, left);
        }
        return Tables.block(array, top, bottom + 1, left, right + 1);
    }

    /**
     * CHOOSE(index, value1, ...): the chosen argument as it came (a reference stays a reference). The index is
     * truncated and must lie in 1..count, else #VALUE!. An array of indexes maps, broadcasting with the values.
     */
    private static Value choose(Value[] args, CallContext context) {
        Value index = Lift.operand(args[0], context);
        if (!(index instanceof ArrayValue)) {
            return args[choice(index, args.length - 1)];
        }
        Value[] operands = args.clone();
        operands[0] = index;
        return Broadcast.map(operands, context, values -> values[choice(values[0], values.length - 1)]);
    }

    private static int choice(Value index, int count) {
        long chosen = Arguments.integer(index);
        if (chosen < 1 || chosen > count) {
            throw new ErrorSignal(ErrorValue.VALUE);
        }
        return (int) chosen;
    }

    /**
     * ROW or COLUMN (1-based): of the formula's own cell without an argument; of a reference otherwise. A
     * multi-cell reference gives all its rows (a column of numbers) or columns (a row) in array formulas, and
     * the first in plain ones.
     */
    private static Value position(Value[] args, CallContext context, boolean rows) {
        if (args.length == 0 || args[0] instanceof EmptyValue) {
            return new NumberValue((rows ? context.hostRow() : context.hostColumn()) + 1);
        }
        if (!(args[0] instanceof ReferenceValue reference)) {
            return args[0] instanceof ErrorValue error ? error : ErrorValue.VALUE;
        }
        int first = (rows ? reference.top() : reference.left()) + 1;
        int count = rows ? reference.rows() : reference.columns();
        if (count == 1 || !context.arrayMode()) {
            return new NumberValue(first);
        }
        Value[] numbers = new Value[count];
        for (int i = 0; i < count; i++) {
            numbers[i] = new NumberValue(first + i);
        }
        return rows ? new ArrayValue(count, 1, numbers) : new ArrayValue(1, count, numbers);
    }

    /** ROWS or COLUMNS: of a reference or array; any other value is one row and one column. */
    private static int extent(Value value, boolean rows) {
        ErrorSignal.check(value);
        if (value instanceof LambdaValue) {
            throw new ErrorSignal(ErrorValue.VALUE);
        }
        return rows ? height(value) : width(value);
    }

    static int height(Value value) {
        return value instanceof ReferenceValue reference ? reference.rows() : Lift.rowsOf(value);
    }

    static int width(Value value) {
        return value instanceof ReferenceValue reference ? reference.columns() : Lift.columnsOf(value);
    }
}
