package org.aibyhand.engine.function;

import org.aibyhand.engine.ref.A1;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.engine.ref.SheetLimits;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.value.Value;

/**
 * Reads the text INDIRECT is given as a reference: an optional sheet ({@code Sheet1!}, {@code 'My sheet'!}),
 * then a cell or a range in A1 style ({@code B2}, {@code $A$1:C3}) or R1C1 style ({@code R2C3},
 * {@code R[-1]C}, relative to the formula's cell). Anything else is tried as a defined name; failing that,
 * #REF!.
 */
final class ReferenceText {
    private ReferenceText() {
    }

    static Value parse(String text, boolean a1, CallContext context) {
        String target = text.strip();
        int sheet = context.hostSheet();
        int bang = target.lastIndexOf('!');
        if (bang >= 0) {
            String name = target.substring(0, bang);
            if (name.length() >= 2 && name.startsWith("'") && name.endsWith("'")) {
                name = name.substring(1, name.length() - 1).replace("''", "'");
            }
            sheet = context.sheetIndex(name);
            target = target.substring(bang + 1);
            if (sheet < 0) {
                return ErrorValue.REF;
            }
        }
        int colon = target.indexOf(':');
        int[] first = point(colon < 0 ? target : target.substring(0, colon), a1, context);
        int[] last = colon < 0 ? first : point(target.substring(colon + 1), a1, context);
        if (first == null || last == null) {
            if (bang < 0 && colon < 0) {
                Value named = context.definedName(target);
                return named instanceof ReferenceValue ? named : ErrorValue.REF;
            }
            return ErrorValue.REF;
        }
        return new ReferenceValue(sheet, Math.min(first[0], last[0]), Math.min(first[1], last[1]),
                Math.max(first[0], last[0]), Math.max(first[1], last[1]));
    }

    /** A cell as {row, column}, or null. */
    private static int[] point(String text, boolean a1, CallContext context) {
        if (a1) {
            CellAddress cell = A1.parseCell(text);
            return cell == null ? null : new int[] {cell.row(), cell.column()};
        }
        String upper = text.toUpperCase(java.util.Locale.ROOT);
        if (!upper.startsWith("R")) {
            return null;
        }
        int c = upper.indexOf('C');
        if (c < 0) {
            return null;
        }
        Integer row = coordinate(upper.substring(1, c), context.hostRow());
        Integer column = coordinate(upper.substring(c + 1), context.hostColumn());
        if (row == null || column == null || !SheetLimits.contains(row, column)) {
            return null;
        }
        return new int[] {row, column};
    }

    /** "" (this row or column), "5" (absolute, from 1) or "[-2]" (relative); zero-based, or null. */
    private static Integer coordinate(String text, int host) {
        try {
            if (text.isEmpty()) {
                return host;
            }
            if (text.startsWith("[") && text.endsWith("]")) {
                return host + Integer.parseInt(text.substring(1, text.length() - 1));
            }
            int absolute = Integer.parseInt(text);
            return absolute >= 1 ? absolute - 1 : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
