package org.aibyhand.engine.function;

import java.util.Locale;
import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Value;

/**
 * MATCH(value, lookup, [type]): the 1-based position of a value in one row or column, #N/A if absent.
 * Type 0 is an exact match (text case-insensitive, with wildcards * ? and ~); 1 (the default) finds the largest
 * value not above the one sought and -1 the smallest not below, both by binary search as Excel does, so on
 * unsorted data they return what Excel returns rather than what a linear scan would.
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
        int found = type == 0 ? exact(sought, list) : binary(sought, list, type);
        return found < 0 ? ErrorValue.NA : new NumberValue(found + 1);
    }

    private static int exact(Value sought, ArrayValue list) {
        for (int i = 0; i < list.size(); i++) {
            Value candidate = list.get(i);
            if (sought instanceof TextValue text) {
                if (candidate instanceof TextValue other && Wildcard.matches(text.text(), other.text())) {
                    return i;
                }
            } else if (comparable(sought, candidate) && compare(candidate, sought) == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Binary search for the last position whose value is at most (type 1) or at least (type -1) the one sought.
     * Values of another kind (text among numbers, blanks, errors) are stepped over to the right of the midpoint.
     */
    private static int binary(Value sought, ArrayValue list, int type) {
        int low = 0;
        int high = list.size() - 1;
        int best = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int probe = middle;
            while (probe <= high && !comparable(sought, list.get(probe))) {
                probe++;
            }
            if (probe > high) {
                high = middle - 1; // nothing comparable on the right: look left
                continue;
            }
            int order = compare(list.get(probe), sought) * type;
            if (order <= 0) {
                best = probe;
                low = probe + 1;
            } else {
                high = middle - 1;
            }
        }
        return best;
    }

    /** Values compare only with their own kind: numbers, text, logicals. */
    private static boolean comparable(Value sought, Value candidate) {
        return sought instanceof NumberValue && candidate instanceof NumberValue
                || sought instanceof TextValue && candidate instanceof TextValue
                || sought instanceof BooleanValue && candidate instanceof BooleanValue;
    }

    private static int compare(Value a, Value b) {
        if (a instanceof NumberValue x && b instanceof NumberValue y) {
            return Double.compare(x.value(), y.value());
        }
        if (a instanceof TextValue x && b instanceof TextValue y) {
            return Integer.signum(x.text().toLowerCase(Locale.ROOT).compareTo(y.text().toLowerCase(Locale.ROOT)));
        }
        return Boolean.compare(((BooleanValue) a).value(), ((BooleanValue) b).value());
    }
}
