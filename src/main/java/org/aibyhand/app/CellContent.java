package org.aibyhand.app;

import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.formula.FormulaPrinter;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorType;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Value;

/**
 * What a person put in a cell: a formula, a constant, or nothing. It is what undo restores and what the
 * editor and formula bar show ({@link #inputText}); typed text becomes content as Excel reads it.
 */
record CellContent(Formula formula, Value constant) {
    static final CellContent BLANK = new CellContent(null, EmptyValue.INSTANCE);

    /** The content of a cell as it is now (a spilled value is not content). */
    static CellContent of(Cell cell) {
        if (cell == null || cell.isBlankContent()) {
            return BLANK;
        }
        return cell.hasFormula() ? new CellContent(cell.formula(), null) : new CellContent(null, cell.value());
    }

    /**
     * Reads typed text: "=..." is a formula (entered as a dynamic array, as Excel 365 does), "'..." is text
     * kept as typed, a number, TRUE/FALSE or an error name is that value, empty is blank, anything else text.
     */
    static CellContent parse(String typed, int row, int column) {
        if (typed == null || typed.isEmpty()) {
            return BLANK;
        }
        if (typed.startsWith("=") && typed.length() > 1) {
            return new CellContent(Formula.parse(typed, row, column, FormulaKind.DYNAMIC_ARRAY), null);
        }
        if (typed.startsWith("'")) {
            return new CellContent(null, new TextValue(typed.substring(1)));
        }
        Double number = Coerce.parseNumber(typed);
        if (number != null) {
            return new CellContent(null, new NumberValue(number));
        }
        if (typed.equalsIgnoreCase("TRUE") || typed.equalsIgnoreCase("FALSE")) {
            return new CellContent(null, BooleanValue.of(typed.equalsIgnoreCase("TRUE")));
        }
        ErrorType error = ErrorType.fromText(typed.strip());
        if (error != null && error != ErrorType.CYCLE) {
            return new CellContent(null, ErrorValue.of(error));
        }
        return new CellContent(null, new TextValue(typed));
    }

    boolean isBlank() {
        return formula == null && constant instanceof EmptyValue;
    }

    /** The text to edit: a formula without storage prefixes, or the constant as it would be typed. */
    String inputText(int row, int column) {
        if (formula != null) {
            return "=" + (formula.isParsed() ? FormulaPrinter.print(formula.expr(), row, column, FormulaPrinter.Style.DISPLAY)
                    : formula.sourceText());
        }
        if (constant instanceof TextValue text) {
            Value reread = parse(text.text(), row, column).constant;
            return reread instanceof TextValue ? text.text() : "'" + text.text(); // keep "12" text as text
        }
        if (constant instanceof NumberValue number) {
            return FormulaPrinter.numberText(number.value());
        }
        return constant instanceof EmptyValue ? "" : org.aibyhand.engine.function.DisplayFormat.text(constant, "General");
    }
}
