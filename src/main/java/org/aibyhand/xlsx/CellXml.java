package org.aibyhand.xlsx;

import java.util.List;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.ErrorType;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRElt;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;

/** Reads the value a {@code <c>} element holds, the same way for loading and for "is this cell unchanged?". */
final class CellXml {
    private CellXml() {
    }

    /** Plain text of a string item held by XmlBeans: its text, or its rich-text runs joined. */
    static String plainText(CTRst rst) {
        if (rst.isSetT()) {
            return ExcelEscapes.decode(rst.getT());
        }
        StringBuilder text = new StringBuilder();
        for (CTRElt run : rst.getRArray()) {
            text.append(run.getT());
        }
        return ExcelEscapes.decode(text.toString());
    }

    /** {@link #value(CellElement, String[])} of a cell held by XmlBeans (the POI-based comparisons read those). */
    static Value value(CTCell cell, String[] sharedStrings) {
        List<String> attributes = cell.isSetT() ? List.of("t", cell.getT().toString()) : List.of();
        CellElement.FormulaElement formula = cell.isSetF() ? new CellElement.FormulaElement(cell.getF().getStringValue(), null, null, null) : null;
        return value(new CellElement(attributes, formula, cell.isSetV() ? cell.getV() : null,
                cell.isSetIs() ? plainText(cell.getIs()) : null, List.of()), sharedStrings);
    }

    /**
     * The value the element holds as written, or null for an element without one (a formatted blank).
     * For formula cells this is the cached result.
     *
     * @throws IllegalArgumentException with a readable message when the value does not fit its type
     */
    static Value value(CellElement cell, String[] sharedStrings) {
        String type = cell.type();
        if (type.equals("inlineStr")) {
            return cell.inlineText() != null ? Values.text(cell.inlineText()) : null;
        }
        String v = cell.v();
        if (v == null) {
            return type.equals("str") && cell.formula() != null ? Values.text("") : null;
        }
        switch (type) {
            case "n":
                return number(v);
            case "s":
                int index = parseIndex(v);
                if (index < 0 || index >= sharedStrings.length) {
                    throw new IllegalArgumentException("it refers to shared string " + v + ", which does not exist");
                }
                return Values.text(sharedStrings[index]);
            case "b":
                return BooleanValue.of("1".equals(v.trim()) || "true".equalsIgnoreCase(v.trim()));
            case "e":
                ErrorType error = ErrorType.fromText(v.trim());
                return error == null ? ErrorValue.VALUE : ErrorValue.of(error);
            case "str":
            case "d": // ISO dates, which Excel itself never writes
                return Values.text(ExcelEscapes.decode(v));
            default:
                throw new IllegalArgumentException("'" + type + "' is not a cell type");
        }
    }

    /** A number as the file format writes it; NaN and infinities are not numbers there. */
    private static Value number(String v) {
        if (v.isBlank()) {
            return null;
        }
        String trimmed = v.trim();
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            // Java also reads NaN, Infinity, hex and 1d; the file format knows only decimal numbers
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                throw new IllegalArgumentException("'" + v + "' is not a number");
            }
        }
        try {
            return Values.number(Double.parseDouble(trimmed));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + v + "' is not a number");
        }
    }

    static int parseIndex(String v) {
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
