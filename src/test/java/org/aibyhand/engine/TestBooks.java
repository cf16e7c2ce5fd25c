package org.aibyhand.engine;

import org.aibyhand.engine.book.DefinedName;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.formula.FormulaParser;
import org.aibyhand.engine.formula.FormulaSyntaxException;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.ErrorType;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Value;

/** Builds small workbooks from A1 text for tests: {@code put("B2", "=A1*2")}. */
public final class TestBooks {
    private final Workbook book = new Workbook();
    private final Sheet sheet = book.addSheet("Sheet1");

    public static TestBooks create() {
        return new TestBooks();
    }

    public Workbook book() {
        return book;
    }

    public Sheet sheet() {
        return sheet;
    }

    /** Puts a formula (text starting with '='), a number, TRUE/FALSE or text into a cell, before calculation. */
    public TestBooks put(String address, String content) {
        CellAddress at = CellAddress.parse(address);
        var cell = sheet.cellForWrite(at.row(), at.column());
        if (content.startsWith("=")) {
            cell.setFormula(Formula.parse(content, at.row(), at.column(), FormulaKind.PLAIN));
        } else {
            cell.setValue(constant(content));
        }
        return this;
    }

    /** Defines a workbook-level name, as a file would: {@code name("DOUBLE", "LAMBDA(x, x*2)")}. */
    public TestBooks name(String name, String formula) {
        try {
            book.defineName(new DefinedName(name, null, formula, FormulaParser.parse(formula, 0, 0), false));
        } catch (FormulaSyntaxException e) {
            throw new IllegalArgumentException(formula, e);
        }
        return this;
    }

    /** Like {@link #put} but as a dynamic-array formula that spills. */
    public TestBooks putDynamic(String address, String formula) {
        CellAddress at = CellAddress.parse(address);
        sheet.cellForWrite(at.row(), at.column()).setFormula(Formula.parse(formula, at.row(), at.column(), FormulaKind.DYNAMIC_ARRAY));
        return this;
    }

    /** A typed constant: a number, TRUE/FALSE, an error such as #N/A, or text. */
    public static Value constant(String content) {
        ErrorType error = ErrorType.fromText(content);
        if (error != null) {
            return ErrorValue.of(error);
        }
        Double number = Coerce.parseNumber(content);
        if (number != null) {
            return new NumberValue(number);
        }
        if (content.equalsIgnoreCase("TRUE") || content.equalsIgnoreCase("FALSE")) {
            return BooleanValue.of(content.equalsIgnoreCase("TRUE"));
        }
        return new TextValue(content);
    }

    /** A calculator over the book with every formula computed. */
    public Calculator calculate() {
        Calculator calculator = new Calculator(book);
        calculator.recalculateAll();
        return calculator;
    }

    public Value value(String address) {
        CellAddress at = CellAddress.parse(address);
        return sheet.value(at.row(), at.column());
    }
}
