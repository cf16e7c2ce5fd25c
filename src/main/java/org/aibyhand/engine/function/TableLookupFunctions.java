package org.aibyhand.engine.function;

import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Value;

/**
 * VLOOKUP and HLOOKUP: find a value in the first column (row) of a table and return the same row (column) of
 * another one. The approximate match (the default) is a binary search over sorted data, as MATCH type 1;
 * the exact match takes wildcards in text. A column (row) index below 1 is #VALUE!, past the table #REF!.
 */
final class TableLookupFunctions {
    private TableLookupFunctions() {
    }

    static void register(FunctionRegistry registry) {
        registry.register("VLOOKUP", 3, 4, (args, context) -> lookup(args, context, true));
        registry.register("HLOOKUP", 3, 4, (args, context) -> lookup(args, context, false));
    }

    private static Value lookup(Value[] args, CallContext context, boolean vertical) {
        ArrayValue table = Arguments.asArray(args[1], context);
        long index = Arguments.integer(Arguments.scalar(args[2], context));
        boolean approximate = Arguments.absent(args, 3) || Coerce.toBoolean(Arguments.scalar(args[3], context));
        int lines = vertical ? table.columns() : table.rows();
        if (index < 1) {
            return ErrorValue.VALUE;
        }
        if (index > lines) {
            return ErrorValue.REF;
        }
        ArrayValue keys = line(table, 0, vertical);
        ArrayValue results = line(table, (int) index - 1, vertical);
        return Lift.map(args[0], context, sought -> {
            ErrorSignal.check(sought);
            if (sought instanceof EmptyValue) {
                return ErrorValue.NA;
            }
            ListSearch.Match match = approximate ? ListSearch.Match.NEXT_SMALLER
                    : sought instanceof TextValue ? ListSearch.Match.WILDCARD : ListSearch.Match.EXACT;
            int found = approximate ? ListSearch.binary(sought, keys, match, false) : ListSearch.linear(sought, keys, match, false);
            return found < 0 ? ErrorValue.NA : results.get(found);
        });
    }

    /** Column (vertical) or row {@code n} of the table as a list. */
    private static ArrayValue line(ArrayValue table, int n, boolean vertical) {
        int length = vertical ? table.rows() : table.columns();
        Value[] values = new Value[length];
        for (int k = 0; k < length; k++) {
            values[k] = vertical ? table.get(k, n) : table.get(n, k);
        }
        return vertical ? new ArrayValue(length, 1, values) : new ArrayValue(1, length, values);
    }
}
