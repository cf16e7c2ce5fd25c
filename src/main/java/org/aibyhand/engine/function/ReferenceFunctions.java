package org.aibyhand.engine.function;

import org.aibyhand.engine.ref.A1;
import org.aibyhand.engine.ref.SheetLimits;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;

/**
 * Functions that build references at run time: OFFSET, INDIRECT, and ADDRESS and AREAS beside them. The
 * dependency graph treats formulas calling OFFSET or INDIRECT as dynamic and follows what they read each time.
 */
final class ReferenceFunctions {
    private ReferenceFunctions() {
    }

    static void register(FunctionRegistry registry) {
        registry.register("OFFSET", 3, 5, ReferenceFunctions::offset, FunctionTrait.BUILDS_REFERENCES);
        registry.register("INDIRECT", 1, 2, (args, context) -> {
            boolean a1 = Arguments.omitted(args, 1) || Coerce.toBoolean(Arguments.scalar(args[1], context));
            Value text = Arguments.scalar(args[0], context);
            if (text instanceof ErrorValue) {
                return text;
            }
            return ReferenceText.parse(Coerce.toText(text), a1, context);
        }, FunctionTrait.BUILDS_REFERENCES);
        registry.register("ADDRESS", 2, 5, (args, context) -> Broadcast.map(args, context, values -> Values.text(
                address(Arguments.integer(values[0]), Arguments.integer(values[1]),
                        Arguments.omitted(values, 2) ? 1 : Arguments.integer(values[2]),
                        Arguments.omitted(values, 3) || Coerce.toBoolean(values[3]),
                        Arguments.absent(values, 4) ? null : Coerce.toText(values[4])))));
        registry.register("AREAS", 1, 1, (args, context) ->
                args[0] instanceof ReferenceValue ? NumberValue.ONE : ErrorValue.VALUE);
    }

    /** The reference moved by rows and columns and resized to height and width (the original size by default). */
    private static Value offset(Value[] args, CallContext context) {
        if (!(args[0] instanceof ReferenceValue base)) {
            return ErrorValue.VALUE;
        }
        long rows = Arguments.integer(Arguments.scalar(args[1], context));
        long columns = Arguments.integer(Arguments.scalar(args[2], context));
        long height = Arguments.integer(args, 3, base.rows(), context);
        long width = Arguments.integer(args, 4, base.columns(), context);
        if (height == 0 || width == 0) {
            return ErrorValue.REF;
        }
        long top = base.top() + rows;
        long left = base.left() + columns;
        long bottom = top + height + (height > 0 ? -1 : 1);
        long right = left + width + (width > 0 ? -1 : 1);
        long r1 = Math.min(top, bottom);
        long r2 = Math.max(top, bottom);
        long c1 = Math.min(left, right);
        long c2 = Math.max(left, right);
        if (r1 < 0 || c1 < 0 || r2 >= SheetLimits.ROWS || c2 >= SheetLimits.COLUMNS) {
            return ErrorValue.REF;
        }
        return new ReferenceValue(base.sheet(), (int) r1, (int) c1, (int) r2, (int) c2);
    }

    /** ADDRESS: kinds 1 ($A$1), 2 (A$1), 3 ($A1), 4 (A1), in A1 or R1C1 style, with an optional sheet. */
    private static String address(long row, long column, long kind, boolean a1, String sheet) {
        if (row < 1 || row > SheetLimits.ROWS || column < 1 || column > SheetLimits.COLUMNS || kind < 1 || kind > 4) {
            throw new ErrorSignal(ErrorValue.VALUE);
        }
        boolean absoluteRow = kind == 1 || kind == 2;
        boolean absoluteColumn = kind == 1 || kind == 3;
        String cell = a1
                ? (absoluteColumn ? "$" : "") + A1.columnName((int) column - 1) + (absoluteRow ? "$" : "") + row
                : "R" + (absoluteRow ? row : "[" + row + "]") + "C" + (absoluteColumn ? column : "[" + column + "]");
        if (sheet == null) {
            return cell;
        }
        return (sheet.isEmpty() ? "" : quoted(sheet)) + "!" + cell;
    }

    /** ADDRESS quotes a sheet name holding anything but letters, digits, '_' and '.' (so "[Book1]Sheet1" too). */
    private static String quoted(String sheet) {
        boolean plain = !Character.isDigit(sheet.charAt(0))
                && sheet.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '.');
        return plain ? sheet : "'" + sheet.replace("'", "''") + "'";
    }
}
