package org.aibyhand.engine.function;

import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;

/**
 * MATCH(value, lookup, [type]): the 1-based position of a value in one row or column, #N/A if absent.
 * Type 0 is an exact match (text case-insensitive, with wildcards * ? and ~); 1 (the default) finds the largest
 * value not above the one sought and -1 the smallest not below, both by binary search as Excel does, so on
 * unsorted data they return what Excel returns rather than what a linear scan would. The searching itself is
 * {@link ListSearch}, shared with XMATCH and XLOOKUP.
 */
final class MatchFunction {
    private MatchFunction() {
    }

    static void register(FunctionRegistry registry) {
        registry.register("MATCH", 2, 3, MatchFunction::match);
    }

    private static Value match(Value[] args, CallContext context) {
        ArrayValue list = Arguments.asArray(args[1], context);
        if (list.rows() != 1 && list.columns() != 1) {
            return ErrorValue.NA;
        }
        int type = Arguments.absent(args, 2) ? 1
                : (int) Math.signum(Coerce.toNumber(Arguments.scalar(args[2], context)));
        return Lift.map(args[0], context, sought -> find(sought, list, type));
    }

    private static Value find(Value sought, ArrayValue list, int type) {
        ErrorSignal.check(sought);
        if (sought instanceof EmptyValue) {
            return ErrorValue.NA;
        }
        int found;
        if (type == 0) {
            found = ListSearch.linear(sought, list, ListSearch.Match.WILDCARD, false);
        } else if (type > 0) {
            found = ListSearch.binary(sought, list, ListSearch.Match.NEXT_SMALLER, false);
        } else {
            found = ListSearch.binary(sought, list, ListSearch.Match.NEXT_LARGER, true);
        }
        return found < 0 ? ErrorValue.NA : new NumberValue(found + 1);
    }
}
