package org.aibyhand.engine.function;

import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;

/**
 * XLOOKUP and XMATCH. Both search one row or column (else #VALUE!) with a match_mode (0 exact, -1 exact or next
 * smaller, 1 exact or next larger, 2 wildcard) and a search_mode (1 first to last, -1 last to first, 2 binary
 * over ascending data, -2 binary over descending data); other modes, and a wildcard binary search, are #VALUE!.
 * The searching is {@link ListSearch}, shared with MATCH. An array of lookup values looks each one up.
 */
final class XLookupFunctions {
    private XLookupFunctions() {
    }

    static void register(FunctionRegistry registry) {
        registry.register("XLOOKUP", 3, 6, XLookupFunctions::xlookup);
        registry.register("XMATCH", 2, 4, XLookupFunctions::xmatch);
    }

    /** The two modes, checked. */
    private record Modes(ListSearch.Match match, int search) {
        static Modes read(Value[] args, int matchIndex, CallContext context) {
            long match = Arguments.integer(args, matchIndex, 0, context);
            long search = Arguments.integer(args, matchIndex + 1, 1, context);
            if (match < -1 || match > 2 || search == 0 || search < -2 || search > 2) {
                throw new ErrorSignal(ErrorValue.VALUE);
            }
            ListSearch.Match mode = match == 0 ? ListSearch.Match.EXACT : match == -1 ? ListSearch.Match.NEXT_SMALLER
                    : match == 1 ? ListSearch.Match.NEXT_LARGER : ListSearch.Match.WILDCARD;
            if (mode == ListSearch.Match.WILDCARD && Math.abs(search) == 2) {
                throw new ErrorSignal(ErrorValue.VALUE);
            }
            return new Modes(mode, (int) search);
        }
    }

    /**
     * XLOOKUP(lookup_value, lookup_array, return_array, [if_not_found], [match_mode], [search_mode]). A column
     * lookup_array picks a row of return_array, which must be as tall; a row lookup_array picks a column, and
     * return_array must be as wide; else #VALUE!. When return_array is a reference the result is a reference,
     * so XLOOKUP(...):XLOOKUP(...) is a range. Not found is if_not_found, or #N/A when that is omitted.
     */
    private static Value xlookup(Value[] args, CallContext context) {
        ArrayValue list = list(args[1], context);
        Value source = ErrorSignal.check(args[2]);
        int rows = LookupFunctions.height(source);
        int columns = LookupFunctions.width(source);
        boolean picksRow = list.columns() == 1 && rows == list.rows();
        if (!picksRow && !(list.rows() == 1 && columns == list.columns())) {
            return ErrorValue.VALUE;
        }
        Modes modes = Modes.read(args, 4, context);
        Value notFound = Arguments.omitted(args, 3) ? ErrorValue.NA : args[3];
        Value sought = Lift.operand(args[0], context);
        if (!(sought instanceof ArrayValue)) {
            int found = search(sought, list, modes);
            return found < 0 ? notFound : LookupFunctions.slice(source, picksRow ? found + 1 : 0, picksRow ? 0 : found + 1);
        }
        // several lookups give one array of the same shape, each element the first value of what it found
        return Lift.map(sought, context, value -> {
            int found = search(value, list, modes);
            Value result = found < 0 ? notFound
                    : LookupFunctions.slice(source, picksRow ? found + 1 : 0, picksRow ? 0 : found + 1);
            return Arguments.scalar(context.dereference(result), context);
        });
    }

    /** XMATCH(lookup_value, lookup_array, [match_mode], [search_mode]): the 1-based position, or #N/A. */
    private static Value xmatch(Value[] args, CallContext context) {
        ArrayValue list = list(args[1], context);
        Modes modes = Modes.read(args, 2, context);
        return Lift.map(args[0], context, sought -> {
            int found = search(sought, list, modes);
            return found < 0 ? ErrorValue.NA : new NumberValue(found + 1);
        });
    }

    /** The lookup_array: one row or one column. */
    private static ArrayValue list(Value argument, CallContext context) {
        ArrayValue list = Tables.argument(argument, context);
        if (list.rows() != 1 && list.columns() != 1) {
            throw new ErrorSignal(ErrorValue.VALUE);
        }
        return list;
    }

    /**
     * The zero-based position of {@code sought}, or -1. A blank lookup value (an omitted one included) finds a
     * blank cell, as Microsoft's page says of an omitted lookup_value.
     */
    private static int search(Value sought, ArrayValue list, Modes modes) {
        ErrorSignal.check(sought);
        boolean lastToFirst = modes.search() < 0;
        if (sought instanceof EmptyValue) {
            for (int k = 0; k < list.size(); k++) {
                int i = lastToFirst ? list.size() - 1 - k : k;
                if (list.get(i) instanceof EmptyValue) {
                    return i;
                }
            }
            return -1;
        }
        if (Math.abs(modes.search()) == 2) {
            return ListSearch.binary(sought, list, modes.match(), lastToFirst);
        }
        return ListSearch.linear(sought, list, modes.match(), lastToFirst);
    }
}
