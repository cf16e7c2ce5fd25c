package org.aibyhand.engine.function;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;

/**
 * The database functions (DSUM, DAVERAGE, DCOUNT, DCOUNTA, DGET, DMAX, DMIN, DPRODUCT, DSTDEV, DSTDEVP, DVAR,
 * DVARP): a field of the records (rows under a header row) that meet a criteria range, whose header names
 * fields and whose rows are alternatives, each a conjunction of conditions. Plain text in a condition matches
 * values that begin with it, as in Excel's filters. The statistics are the ordinary functions' own.
 */
final class DatabaseFunctions {
    private DatabaseFunctions() {
    }

    static void register(FunctionRegistry registry) {
        statistic(registry, "DSUM", "SUM");
        statistic(registry, "DAVERAGE", "AVERAGE");
        statistic(registry, "DMAX", "MAX");
        statistic(registry, "DMIN", "MIN");
        statistic(registry, "DPRODUCT", "PRODUCT");
        statistic(registry, "DSTDEV", "STDEV.S");
        statistic(registry, "DSTDEVP", "STDEV.P");
        statistic(registry, "DVAR", "VAR.S");
        statistic(registry, "DVARP", "VAR.P");
        statistic(registry, "DCOUNT", "COUNT");
        statistic(registry, "DCOUNTA", "COUNTA");
        registry.register("DGET", 3, 3, (args, context) -> {
            List<Value> found = field(args, context);
            if (found.isEmpty()) {
                return ErrorValue.VALUE;
            }
            return found.size() > 1 ? ErrorValue.NUM : found.get(0);
        });
    }

    private static void statistic(FunctionRegistry registry, String name, String ordinary) {
        registry.register(name, 3, 3, (args, context) -> {
            List<Value> values = field(args, context);
            Value column = new ArrayValue(Math.max(values.size(), 1), 1,
                    values.isEmpty() ? new Value[] {EmptyValue.INSTANCE} : values.toArray(new Value[0]));
            return registry.lookup(ordinary).function().apply(new Value[] {column}, context);
        });
    }

    /** The field's value in every record that meets the criteria, in order. */
    private static List<Value> field(Value[] args, CallContext context) {
        ArrayValue database = Arguments.asArray(args[0], context);
        ArrayValue criteria = Arguments.asArray(args[2], context);
        int column = Arguments.omitted(args, 1) ? -1 : column(database, Arguments.scalar(args[1], context));
        List<Value> values = new ArrayList<>();
        for (int record = 1; record < database.rows(); record++) {
            if (meets(database, record, criteria)) {
                values.add(column < 0 ? NumberValue.ZERO : database.get(record, column));
            }
        }
        return values;
    }

    /** A field named by its label (any case) or by its position from 1. */
    private static int column(ArrayValue database, Value field) {
        if (field instanceof NumberValue number) {
            int index = (int) number.value();
            if (index < 1 || index > database.columns()) {
                throw new ErrorSignal(ErrorValue.VALUE);
            }
            return index - 1;
        }
        int found = labelColumn(database, Coerce.toText(field));
        if (found < 0) {
            throw new ErrorSignal(ErrorValue.VALUE);
        }
        return found;
    }

    private static int labelColumn(ArrayValue database, String label) {
        String wanted = label.strip().toLowerCase(Locale.ROOT);
        for (int c = 0; c < database.columns(); c++) {
            Value header = database.get(0, c);
            if (!header.isError() && Coerce.toText(header).strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                return c;
            }
        }
        return -1;
    }

    /** Whether any criteria row holds all its conditions for the record. */
    private static boolean meets(ArrayValue database, int record, ArrayValue criteria) {
        for (int row = 1; row < criteria.rows(); row++) {
            boolean all = true;
            for (int c = 0; c < criteria.columns() && all; c++) {
                Value condition = criteria.get(row, c);
                if (condition instanceof EmptyValue) {
                    continue;
                }
                int column = labelColumn(database, Coerce.toText(criteria.get(0, c)));
                all = column >= 0 && criterion(condition).test(database.get(record, column));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static Criteria criterion(Value condition) {
        if (condition instanceof TextValue text && !text.text().isEmpty() && "<>=".indexOf(text.text().charAt(0)) < 0) {
            return Criteria.of(Values.text(text.text() + "*"));
        }
        return Criteria.of(condition);
    }
}
