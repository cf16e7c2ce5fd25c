package org.aibyhand.engine.function;

import org.aibyhand.engine.value.Arithmetic;
import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Value;

/**
 * Finds a value in a list (the elements of one row or column) the ways MATCH, XMATCH and XLOOKUP ask: a scan
 * from either end or a binary search over a list sorted either way. Values meet only their own kind (numbers,
 * text, logicals); blanks and errors in the list never match. Text compares without case. Numbers compare
 * exactly, not to Excel's 15 digits as the = operator does: lookups of a value that merely displays equal fail
 * in Excel too.
 */
final class ListSearch {
    private ListSearch() {
    }

    /** What counts as found. */
    enum Match {
        /** Equal. */
        EXACT,
        /** Equal, text sought being a pattern with * ? and ~. */
        WILDCARD,
        /** Equal, else the largest value below the one sought ("exact match or next smaller"). */
        NEXT_SMALLER,
        /** Equal, else the smallest value above the one sought ("exact match or next larger"). */
        NEXT_LARGER
    }

    /**
     * Scans from the first element (or the last when {@code lastToFirst}) and returns the zero-based position of
     * the first equal value met; for the approximate matches without one, the first best candidate met; -1 if none.
     */
    static int linear(Value sought, ArrayValue list, Match match, boolean lastToFirst) {
        int best = -1;
        int n = list.size();
        for (int k = 0; k < n; k++) {
            int i = lastToFirst ? n - 1 - k : k;
            Value candidate = list.get(i);
            if (match == Match.WILDCARD && sought instanceof TextValue pattern) {
                if (candidate instanceof TextValue text && Wildcard.matches(pattern.text(), text.text())) {
                    return i;
                }
                continue;
            }
            if (!comparable(sought, candidate)) {
                continue;
            }
            int order = compare(candidate, sought);
            if (order == 0) {
                return i;
            }
            boolean onSide = match == Match.NEXT_SMALLER ? order < 0 : match == Match.NEXT_LARGER && order > 0;
            // the closest candidate is the greatest below (next smaller) or the least above (next larger)
            if (onSide && (best < 0 || compare(candidate, list.get(best)) * order < 0)) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Binary search of a list sorted ascending (or descending), trusting the order as Excel does: on unsorted
     * data it returns what Excel returns rather than what a scan would. WILDCARD is not a binary search.
     */
    static int binary(Value sought, ArrayValue list, Match match, boolean descending) {
        int boundary = lastNotAfter(sought, list, descending ? -1 : 1);
        boolean equal = boundary >= 0 && compare(list.get(boundary), sought) == 0;
        if (equal) {
            return boundary;
        }
        // the boundary holds the value just before the sought one in the list's order: the next smaller when
        // ascending, the next larger when descending; the other neighbour is the next comparable value after it
        boolean boundaryWanted = descending ? match == Match.NEXT_LARGER : match == Match.NEXT_SMALLER;
        if (boundaryWanted) {
            return boundary;
        }
        boolean followerWanted = descending ? match == Match.NEXT_SMALLER : match == Match.NEXT_LARGER;
        if (followerWanted) {
            for (int i = boundary + 1; i < list.size(); i++) {
                if (comparable(sought, list.get(i))) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * The last position whose value is not after the one sought in the list's order ({@code direction} 1 for
     * ascending, -1 for descending), or -1. Values of another kind (text among numbers, blanks, errors) are
     * stepped over to the right of the midpoint, which is how MATCH on mixed data behaves in Excel.
     */
    private static int lastNotAfter(Value sought, ArrayValue list, int direction) {
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
            if (compare(list.get(probe), sought) * direction <= 0) {
                best = probe;
                low = probe + 1;
            } else {
                high = middle - 1;
            }
        }
        return best;
    }

    /** Values compare only with their own kind: numbers, text, logicals. */
    static boolean comparable(Value sought, Value candidate) {
        return sought instanceof NumberValue && candidate instanceof NumberValue
                || sought instanceof TextValue && candidate instanceof TextValue
                || sought instanceof BooleanValue && candidate instanceof BooleanValue;
    }

    /**
     * Orders two values: numbers exactly, anything else as the comparison operators do (text without case; and
     * across kinds numbers before text before logicals before errors, which SORT relies on).
     */
    static int compare(Value a, Value b) {
        if (a instanceof NumberValue x && b instanceof NumberValue y) {
            return x.value() == y.value() ? 0 : x.value() < y.value() ? -1 : 1; // -0 equals 0
        }
        return Integer.signum(Arithmetic.compare(a, b));
    }
}
