package org.aibyhand.engine.function;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Value;

/**
 * FILTER and UNIQUE: functions that keep some rows (or columns) of an array whole and drop the rest. When
 * nothing is kept the result would be an empty array, which Excel does not have: #CALC!.
 */
final class FilterFunctions {
    private FilterFunctions() {
    }

    static void register(FunctionRegistry registry) {
        registry.register("FILTER", 2, 3, FilterFunctions::filter);
        registry.register("UNIQUE", 1, 3, FilterFunctions::unique);
    }

    /**
     * FILTER(array, include, [if_empty]). include is one column as tall as the array (keeping rows) or one row
     * as wide (keeping columns), else #VALUE!. Its elements are read as logicals: numbers are TRUE unless 0, a
     * blank is FALSE, an error is the result, and text that is not TRUE or FALSE is #VALUE!. With nothing kept
     * the result is if_empty, or #CALC! when it is omitted.
     */
    private static Value filter(Value[] args, CallContext context) {
        ArrayValue array = Tables.argument(args[0], context);
        ArrayValue include = Tables.argument(args[1], context);
        boolean keepRows = include.columns() == 1 && include.rows() == array.rows();
        if (!keepRows && !(include.rows() == 1 && include.columns() == array.columns())) {
            return ErrorValue.VALUE;
        }
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < include.size(); i++) {
            if (Coerce.toBoolean(include.get(i))) {
                kept.add(i);
            }
        }
        if (kept.isEmpty()) {
            return Arguments.omitted(args, 2) ? ErrorValue.CALC : context.dereference(args[2]);
        }
        int[] picks = kept.stream().mapToInt(Integer::intValue).toArray();
        return keepRows ? Tables.rows(array, picks) : Tables.columns(array, picks);
    }

    /**
     * UNIQUE(array, [by_col], [exactly_once]): the distinct rows (columns when by_col is TRUE) in the order they
     * first appear; with exactly_once only those that appear once. Rows are equal when every element is: text
     * without case, numbers exactly, and only values of one kind equal each other (a blank is not 0 or "").
     */
    private static Value unique(Value[] args, CallContext context) {
        ArrayValue array = Tables.argument(args[0], context);
        boolean byColumn = Arguments.flag(args, 1, context);
        boolean exactlyOnce = Arguments.flag(args, 2, context);
        ArrayValue rows = byColumn ? Tables.transpose(array) : array;
        // first position and count of each distinct row, in order of first appearance
        Map<List<Object>, int[]> seen = new LinkedHashMap<>();
        for (int r = 0; r < rows.rows(); r++) {
            List<Object> key = new ArrayList<>(rows.columns());
            for (int c = 0; c < rows.columns(); c++) {
                key.add(identity(rows.get(r, c)));
            }
            int row = r;
            seen.computeIfAbsent(key, k -> new int[] {row, 0})[1]++;
        }
        int[] picks = seen.values().stream().filter(entry -> !exactlyOnce || entry[1] == 1)
                .mapToInt(entry -> entry[0]).toArray();
        ArrayValue result = Tables.rows(rows, picks);
        return byColumn ? Tables.transpose(result) : result;
    }

    /**
     * What makes two elements the same for UNIQUE, as an object with equals and hashCode: text folded as
     * compareToIgnoreCase folds it, a number as its double with -0 as 0. Logicals, blanks and errors are
     * records, equal when alike and never equal to a value of another kind.
     */
    private static Object identity(Value value) {
        if (value instanceof TextValue text) {
            return List.of(text.text().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
        }
        if (value instanceof NumberValue number) {
            return number.value() == 0 ? 0.0 : number.value();
        }
        return value;
    }
}
