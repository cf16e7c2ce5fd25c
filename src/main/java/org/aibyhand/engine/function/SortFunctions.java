package org.aibyhand.engine.function;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;

/**
 * SORT and SORTBY. Both sort whole rows (or columns) by one or more keys, stably, so rows with equal keys keep
 * their order. Keys follow Excel's sort order: numbers, then text (without case), then logicals, then errors
 * (all equal); descending reverses that, but blanks come last either way, as in Excel's sorting.
 */
final class SortFunctions {
    private SortFunctions() {
    }

    static void register(FunctionRegistry registry) {
        registry.register("SORT", 1, 4, SortFunctions::sort);
        registry.register("SORTBY", 2, 255, SortFunctions::sortBy);
    }

    /** One sort key: a value for each row being sorted, and the direction (1 ascending, -1 descending). */
    private record Key(Value[] values, int order) {
    }

    /**
     * SORT(array, [sort_index], [sort_order], [by_col]). sort_index and sort_order may be arrays ({1,2}, {1,-1})
     * for several keys; one order serves every index. An index outside the array or an order other than 1 or -1
     * is #VALUE!. by_col TRUE sorts the columns by rows of the array instead.
     */
    private static Value sort(Value[] args, CallContext context) {
        ArrayValue array = Tables.argument(args[0], context);
        boolean byColumn = Arguments.flag(args, 3, context);
        ArrayValue rows = byColumn ? Tables.transpose(array) : array;
        Value[] indexes = Arguments.omitted(args, 1) ? new Value[] {NumberValue.ONE}
                : Tables.elements(Arguments.asArray(args[1], context));
        Value[] orders = Arguments.omitted(args, 2) ? new Value[] {NumberValue.ONE}
                : Tables.elements(Arguments.asArray(args[2], context));
        if (orders.length != 1 && orders.length != indexes.length) {
            return ErrorValue.VALUE;
        }
        List<Key> keys = new ArrayList<>();
        for (int k = 0; k < indexes.length; k++) {
            long index = Arguments.integer(indexes[k]);
            if (index < 1 || index > rows.columns()) {
                return ErrorValue.VALUE;
            }
            Value[] column = Tables.elements(Tables.columns(rows, new int[] {(int) index - 1}));
            keys.add(new Key(column, order(orders[orders.length == 1 ? 0 : k])));
        }
        ArrayValue sorted = Tables.rows(rows, permutation(rows.rows(), keys));
        return byColumn ? Tables.transpose(sorted) : sorted;
    }

    /**
     * SORTBY(array, by_array1, [sort_order1], [by_array2, sort_order2], ...). Each by_array is one column as tall
     * as the array (sorting its rows) or one row as wide (sorting its columns); all must agree, else #VALUE!.
     */
    private static Value sortBy(Value[] args, CallContext context) {
        ArrayValue array = Tables.argument(args[0], context);
        List<Key> keys = new ArrayList<>();
        Boolean sortRows = null;
        for (int i = 1; i < args.length; i += 2) {
            ArrayValue by = Tables.argument(args[i], context);
            boolean fitsRows = by.columns() == 1 && by.rows() == array.rows();
            boolean fitsColumns = by.rows() == 1 && by.columns() == array.columns();
            if (sortRows == null) {
                sortRows = fitsRows; // a key that fits both ways (a 1x1 array) sorts rows
            }
            if (sortRows ? !fitsRows : !fitsColumns) {
                return ErrorValue.VALUE;
            }
            int order = Arguments.omitted(args, i + 1) ? 1 : order(Arguments.scalar(args[i + 1], context));
            keys.add(new Key(Tables.elements(by), order));
        }
        if (sortRows) {
            return Tables.rows(array, permutation(array.rows(), keys));
        }
        return Tables.columns(array, permutation(array.columns(), keys));
    }

    /** 1 or -1; anything else is #VALUE!. */
    private static int order(Value value) {
        double order = Coerce.toNumber(value);
        if (order != 1 && order != -1) {
            throw new ErrorSignal(ErrorValue.VALUE);
        }
        return (int) order;
    }

    /** The positions 0..count-1 in sorted order; the sort is stable, so ties keep their order. */
    private static int[] permutation(int count, List<Key> keys) {
        Integer[] positions = new Integer[count];
        for (int i = 0; i < count; i++) {
            positions[i] = i;
        }
        Comparator<Integer> byKeys = (a, b) -> {
            for (Key key : keys) {
                int order = compare(key.values()[a], key.values()[b], key.order());
                if (order != 0) {
                    return order;
                }
            }
            return 0;
        };
        Arrays.sort(positions, byKeys); // a merge sort for objects: stable
        return Arrays.stream(positions).mapToInt(Integer::intValue).toArray();
    }

    /** Compares two sort keys in direction {@code order}: blanks last always, otherwise Excel's order. */
    private static int compare(Value a, Value b, int order) {
        boolean blankA = a instanceof EmptyValue;
        boolean blankB = b instanceof EmptyValue;
        if (blankA || blankB) {
            return Boolean.compare(blankA, blankB);
        }
        // numbers < text < logicals < errors; numbers exactly, since a tolerance would not be a total order
        // (a = b and b = c but a < c) and the merge sort may then refuse to sort
        return order * ListSearch.compare(a, b);
    }
}
