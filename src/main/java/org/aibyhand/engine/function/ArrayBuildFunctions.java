package org.aibyhand.engine.function;

import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;

/**
 * Functions that build a new array: SEQUENCE, HSTACK, VSTACK and EXPAND. Where the pieces leave a hole (a short
 * array in a stack, the margin EXPAND adds) the hole is #N/A, or EXPAND's pad_with.
 */
final class ArrayBuildFunctions {
    private ArrayBuildFunctions() {
    }

    static void register(FunctionRegistry registry) {
        registry.register("SEQUENCE", 1, 4, ArrayBuildFunctions::sequence);
        registry.register("HSTACK", 1, 255, (args, context) -> stack(args, context, false));
        registry.register("VSTACK", 1, 255, (args, context) -> stack(args, context, true));
        registry.register("EXPAND", 2, 4, ArrayBuildFunctions::expand);
    }

    /**
     * SEQUENCE(rows, [columns], [start], [step]): numbers row by row from start in steps. Every omitted argument
     * is 1 (rows too: SEQUENCE(,3) is one row). A count of 0 is an empty array (#CALC!); a negative one #VALUE!.
     */
    private static Value sequence(Value[] args, CallContext context) {
        long rows = Arguments.integer(args, 0, 1, context);
        long columns = Arguments.integer(args, 1, 1, context);
        double start = Arguments.number(args, 2, 1, context);
        double step = Arguments.number(args, 3, 1, context);
        if (rows < 0 || columns < 0) {
            return ErrorValue.VALUE;
        }
        Value[] numbers = new Value[Tables.size(rows, columns)];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = Values.number(start + i * step); // from start each time, so no error accumulates
        }
        return new ArrayValue((int) rows, (int) columns, numbers);
    }

    /**
     * HSTACK or VSTACK(array1, ...): the arrays side by side (or one under another). The result is as tall (wide)
     * as the tallest (widest) argument; shorter ones leave #N/A. A scalar is a 1x1 array, errors included.
     */
    private static Value stack(Value[] args, CallContext context, boolean vertical) {
        ArrayValue[] parts = new ArrayValue[args.length];
        long along = 0;
        long across = 0;
        for (int i = 0; i < args.length; i++) {
            // stacking works on rows; a horizontal stack is the vertical stack of the transposed parts
            ArrayValue part = Arguments.asArray(args[i], context);
            parts[i] = vertical ? part : Tables.transpose(part);
            along += parts[i].rows();
            across = Math.max(across, parts[i].columns());
        }
        int columns = (int) across;
        Value[] out = Tables.filled(along, columns, ErrorValue.NA);
        int row = 0;
        for (ArrayValue part : parts) {
            for (int r = 0; r < part.rows(); r++, row++) {
                for (int c = 0; c < part.columns(); c++) {
                    out[row * columns + c] = part.get(r, c);
                }
            }
        }
        ArrayValue stacked = new ArrayValue((int) along, columns, out);
        return vertical ? stacked : Tables.transpose(stacked);
    }

    /**
     * EXPAND(array, rows, [columns], [pad_with]): the array in the top-left of a larger one, the rest pad_with
     * (#N/A by default). Omitted sizes keep the array's own; a size below it is #VALUE!.
     */
    private static Value expand(Value[] args, CallContext context) {
        ArrayValue array = Tables.argument(args[0], context);
        long rows = Arguments.integer(args, 1, array.rows(), context);
        long columns = Arguments.integer(args, 2, array.columns(), context);
        Value pad = Arguments.omitted(args, 3) ? ErrorValue.NA : Arguments.scalar(args[3], context);
        if (rows < array.rows() || columns < array.columns()) {
            throw new ErrorSignal(ErrorValue.VALUE);
        }
        Value[] out = Tables.filled(rows, columns, pad); // checks the size before the casts below
        for (int r = 0; r < array.rows(); r++) {
            for (int c = 0; c < array.columns(); c++) {
                out[r * (int) columns + c] = array.get(r, c);
            }
        }
        return new ArrayValue((int) rows, (int) columns, out);
    }
}
