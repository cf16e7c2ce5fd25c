package org.aibyhand.engine.function;

import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.Value;

/**
 * Functions that keep part of an array: TAKE and DROP (a run of rows and columns from the start, or from the end
 * when the count is negative) and CHOOSEROWS and CHOOSECOLS (rows or columns by position, negative positions
 * counting from the end).
 */
final class ArraySliceFunctions {
    private ArraySliceFunctions() {
    }

    static void register(FunctionRegistry registry) {
        registry.register("TAKE", 2, 3, (args, context) -> slice(args, context, true));
        registry.register("DROP", 2, 3, (args, context) -> slice(args, context, false));
        registry.register("CHOOSEROWS", 2, 255, (args, context) -> choose(args, context, true));
        registry.register("CHOOSECOLS", 2, 255, (args, context) -> choose(args, context, false));
    }

    /**
     * TAKE or DROP(array, rows, [columns]). An omitted count keeps every row (column). A count of 0 is #CALC!,
     * Microsoft's pages say for both functions. TAKE of more than there is keeps all; DROP of all or more leaves
     * nothing, which is #CALC! too.
     */
    private static Value slice(Value[] args, CallContext context, boolean take) {
        ArrayValue array = Tables.argument(args[0], context);
        int[] rows = span(args, 1, array.rows(), take, context);
        int[] columns = span(args, 2, array.columns(), take, context);
        return Tables.block(array, rows[0], rows[1], columns[0], columns[1]);
    }

    /** The kept range [from, to) of {@code size} rows or columns for the count in argument {@code index}. */
    private static int[] span(Value[] args, int index, int size, boolean take, CallContext context) {
        if (Arguments.omitted(args, index)) {
            return new int[] {0, size};
        }
        long count = Arguments.integer(Arguments.scalar(args[index], context));
        if (count == 0) {
            throw new ErrorSignal(ErrorValue.CALC);
        }
        long magnitude = Math.min(Math.abs(count), size);
        if (take) {
            return count > 0 ? new int[] {0, (int) magnitude} : new int[] {size - (int) magnitude, size};
        }
        // dropping every row leaves [size, size) or [0, 0): empty, which Tables.block reports as #CALC!
        return count > 0 ? new int[] {(int) magnitude, size} : new int[] {0, size - (int) magnitude};
    }

    /**
     * CHOOSEROWS or CHOOSECOLS(array, num1, ...): the rows (columns) at those positions, in that order, repeats
     * allowed. A position may be an array ({1,3}); negative ones count from the end; 0 or beyond the array is
     * #VALUE!.
     */
    private static Value choose(Value[] args, CallContext context, boolean rows) {
        ArrayValue array = Tables.argument(args[0], context);
        int size = rows ? array.rows() : array.columns();
        List<Integer> picks = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            for (Value position : Tables.elements(Arguments.asArray(args[i], context))) {
                picks.add(position(Arguments.integer(position), size));
            }
        }
        int[] indexes = picks.stream().mapToInt(Integer::intValue).toArray();
        return rows ? Tables.rows(array, indexes) : Tables.columns(array, indexes);
    }

    private static int position(long number, int size) {
        if (number == 0 || Math.abs(number) > size) {
            throw new ErrorSignal(ErrorValue.VALUE);
        }
        return (int) (number > 0 ? number - 1 : size + number);
    }
}
