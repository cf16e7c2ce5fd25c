package org.aibyhand.engine.function;

import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.Value;

/**
 * Functions that pour an array's elements into another shape: TOCOL and TOROW flatten it to one column or row,
 * WRAPROWS and WRAPCOLS fold one row or column into rows (columns) of a given length.
 */
final class ArrayShapeFunctions {
    private ArrayShapeFunctions() {
    }

    static void register(FunctionRegistry registry) {
        registry.register("TOCOL", 1, 3, (args, context) -> flatten(args, context, true));
        registry.register("TOROW", 1, 3, (args, context) -> flatten(args, context, false));
        registry.register("WRAPROWS", 2, 3, (args, context) -> wrap(args, context, true));
        registry.register("WRAPCOLS", 2, 3, (args, context) -> wrap(args, context, false));
    }

    /**
     * TOCOL or TOROW(array, [ignore], [scan_by_column]): the elements read row by row (column by column when
     * scan_by_column is TRUE). ignore is 0 (keep all), 1 (skip blanks), 2 (skip errors) or 3 (skip both);
     * anything else is #VALUE!. Skipping everything leaves an empty array: #CALC!.
     */
    private static Value flatten(Value[] args, CallContext context, boolean toColumn) {
        ArrayValue array = Tables.argument(args[0], context);
        long ignore = Arguments.integer(args, 1, 0, context);
        if (ignore < 0 || ignore > 3) {
            return ErrorValue.VALUE;
        }
        ArrayValue scanned = Arguments.flag(args, 2, context) ? Tables.transpose(array) : array;
        boolean skipBlanks = (ignore & 1) != 0;
        boolean skipErrors = (ignore & 2) != 0;
        List<Value> kept = new ArrayList<>();
        for (Value element : Tables.elements(scanned)) {
            if (!(skipBlanks && element instanceof EmptyValue) && !(skipErrors && element instanceof ErrorValue)) {
                kept.add(element);
            }
        }
        Value[] values = kept.toArray(new Value[0]);
        return toColumn ? Tables.column(values) : Tables.row(values);
    }

    /**
     * WRAPROWS or WRAPCOLS(vector, wrap_count, [pad_with]): a single row or column (else #VALUE!) cut into rows
     * (columns) of wrap_count elements, the last one padded with pad_with (#N/A by default). A wrap_count below
     * 1 is #NUM!. When wrap_count is at least the vector's length, Microsoft's page says the vector comes back
     * as a single row (column) of its own length, unpadded.
     */
    private static Value wrap(Value[] args, CallContext context, boolean byRows) {
        Value[] vector = Tables.vector(Tables.argument(args[0], context));
        long count = Arguments.integer(Arguments.scalar(args[1], context));
        Value pad = Arguments.omitted(args, 2) ? ErrorValue.NA : Arguments.scalar(args[2], context);
        if (count < 1) {
            throw new ErrorSignal(ErrorValue.NUM);
        }
        int length = (int) Math.min(count, vector.length);
        int lines = (vector.length + length - 1) / length;
        // build the rows; WRAPCOLS is WRAPROWS transposed
        Value[] out = Tables.filled(lines, length, pad);
        System.arraycopy(vector, 0, out, 0, vector.length);
        ArrayValue wrapped = new ArrayValue(lines, length, out);
        return byRows ? wrapped : Tables.transpose(wrapped);
    }
}
