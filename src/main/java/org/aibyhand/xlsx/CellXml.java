package org.aibyhand.xlsx;

import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.ErrorType;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRElt;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/** Reads the value a {@code <c>} element holds, the same way for loading and for "is this cell unchanged?". */
final class CellXml {
    private CellXml() {
    }

    /** Plain text of a string item: its text, or its rich-text runs joined (phonetic hints are not text). */
    static String plainText(CTRst rst) {
        if (rst.isSetT()) {
            return rst.getT();
        }
        StringBuilder text = new StringBuilder();
        for (CTRElt run : rst.getRArray()) {
            text.append(run.getT());
        }
        return text.toString();
    }

    /**
     * The value the element holds as written, or null for an element without one (a formatted blank).
     * For formula cells this is the cached result.
     *
     * @throws IllegalArgumentException with a readable message when the value does not fit its type
     */
    static Value value(CTCell cell, String[] sharedStrings) {
        STCellType.Enum type = cell.isSetT() ? cell.getT() : STCellType.N;
        if (type == STCellType.INLINE_STR) {
            return cell.isSetIs() ? Values.text(plainText(cell.getIs())) : null;
        }
        if (!cell.isSetV()) {
            return type == STCellType.STR && cell.isSetF() ? Values.text("") : null;
        }
        String v = cell.getV();
        if (type == STCellType.N) {
            if (v.isBlank()) {
                return null;
            }
            try {
                return Values.number(Double.parseDouble(v.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + v + "' is not a number");
            }
        }
        if (type == STCellType.S) {
            int index = parseIndex(v);
            if (index < 0 || index >= sharedStrings.length) {
                throw new IllegalArgumentException("it refers to shared string " + v + ", which does not exist");
            }
            return Values.text(sharedStrings[index]);
        }
        if (type == STCellType.B) {
            return BooleanValue.of("1".equals(v.trim()) || "true".equalsIgnoreCase(v.trim()));
        }
        if (type == STCellType.E) {
            ErrorType error = ErrorType.fromText(v.trim());
            return error == null ? ErrorValue.VALUE : ErrorValue.of(error);
        }
        return Values.text(v); // "str" and ISO dates ("d"), which Excel itself never writes
    }

    private static int parseIndex(String v) {
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
