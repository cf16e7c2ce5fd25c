package org.aibyhand.engine.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aibyhand.engine.formula.FormulaParser;
import org.aibyhand.engine.formula.FormulaSyntaxException;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;
import org.junit.jupiter.api.Test;

/** A copy calculates on its own: edits to it leave the original alone and the reverse, and it recomputes alike. */
class WorkbookCopyTest {
    private final Workbook book = new Workbook();
    private final Sheet first = book.addSheet("First");
    private final Sheet second = book.addSheet("Second");
    private final Calculator calculator;

    WorkbookCopyTest() throws FormulaSyntaxException {
        put(first, 0, 0, "2");            // A1
        put(first, 1, 0, "3");            // A2
        put(first, 0, 1, "=A1*A2+k");     // B1, k is First's own name
        put(first, 0, 2, "=SEQUENCE(3)*A1"); // C1:C3, a spill
        put(first, 0, 3, "=SUM(C1#)");    // D1
        Cell legacy = first.cellForWrite(4, 0);   // A5:B5, a legacy array formula
        legacy.setFormula(new Formula(FormulaParser.parse("A1:A2*10", 4, 0), "A1:A2*10", FormulaKind.LEGACY_ARRAY, Area.parse("A5:B5"), null));
        put(second, 0, 0, "=First!B1+total");
        book.defineName(new DefinedName("k", first, "First!$A$2", FormulaParser.parse("First!$A$2", 0, 0), false));
        book.defineName(new DefinedName("total", null, "First!$D$1", FormulaParser.parse("First!$D$1", 0, 0), true));
        book.setPlan(new Plan(List.of(new Stage("First", "inputs", List.of(Area.parse("A1:A2"))))));
        calculator = new Calculator(book);
        calculator.recalculateAll();
    }

    private static void put(Sheet sheet, int row, int column, String content) {
        Cell cell = sheet.cellForWrite(row, column);
        if (content.startsWith("=")) {
            FormulaKind kind = content.contains("SEQUENCE") ? FormulaKind.DYNAMIC_ARRAY : FormulaKind.PLAIN;
            cell.setFormula(Formula.parse(content, row, column, kind));
        } else {
            cell.setValue(new NumberValue(Double.parseDouble(content)));
        }
    }

    /** Every value of a workbook by sheet!address, blanks left out. */
    private static Map<String, Value> values(Workbook workbook) {
        Map<String, Value> values = new TreeMap<>();
        for (Sheet sheet : workbook.sheets()) {
            for (Cell cell : sheet) {
                if (!(cell.value() instanceof org.aibyhand.engine.value.EmptyValue)) {
                    values.put(sheet.name() + "!" + cell.address(), cell.value());
                }
            }
        }
        return values;
    }

    @Test
    void theCopyHoldsTheSameContentAndRecalculatesToTheSameValues() {
        Map<String, Value> expected = values(book);
        assertEquals(new NumberValue(6 + 3 + 12), expected.get("Second!A1")); // B1 = 2*3+3, D1 = 2+4+6
        Workbook copy = WorkbookCopy.of(book);
        assertEquals(expected, values(copy));
        new Calculator(copy).recalculateAll();
        assertEquals(expected, values(copy));
        assertEquals(book.plan(), copy.plan());
        assertEquals(List.of("First", "Second"), copy.sheets().stream().map(Sheet::name).toList());
        assertSame(copy.sheet(0), copy.resolveName("k", copy.sheet(0)).scope());
        assertEquals(null, copy.resolveName("k", copy.sheet(1)));
        assertEquals(true, copy.resolveName("total", null).hidden());
        Cell spilled = copy.sheet(0).cell(2, 2);
        assertSame(copy.sheet(0).cell(0, 2), spilled.spillAnchor());
        assertSame(copy.sheet(0).cell(4, 0), copy.sheet(0).cell(4, 1).spillAnchor());
    }

    @Test
    void editingTheCopyLeavesTheOriginalAlone() {
        Map<String, Value> before = values(book);
        List<Formula> formulas = formulas(book);
        Workbook copy = WorkbookCopy.of(book);
        Calculator onCopy = new Calculator(copy);
        onCopy.recalculateAll();
        Sheet copyFirst = copy.sheet("First");
        onCopy.setValue(copyFirst, 0, 0, new NumberValue(5));
        onCopy.setFormula(copyFirst, 0, 1, Formula.parse("=A1-k", 0, 1, FormulaKind.PLAIN));
        onCopy.setFormula(copyFirst, 0, 2, Formula.parse("=SEQUENCE(4)", 0, 2, FormulaKind.DYNAMIC_ARRAY));
        onCopy.setValue(copyFirst, 1, 0, org.aibyhand.engine.value.EmptyValue.INSTANCE);
        assertEquals(new NumberValue(5 + 10), copy.sheet("Second").value(0, 0)); // B1 = 5-0, D1 = 1+2+3+4
        assertEquals(before, values(book));
        assertEquals(formulas, formulas(book));
        assertNotSame(copyFirst.cell(0, 0), first.cell(0, 0));
        // and the original still calculates on its own, leaving the copy as it was
        Map<String, Value> copied = values(copy);
        calculator.setValue(first, 0, 0, new NumberValue(1));
        assertEquals(new NumberValue(3 + 3 + 6), book.sheet("Second").value(0, 0));
        assertEquals(copied, values(copy));
    }

    private static List<Formula> formulas(Workbook workbook) {
        List<Formula> formulas = new ArrayList<>();
        for (Sheet sheet : workbook.sheets()) {
            for (Cell cell : sheet) {
                formulas.add(cell.formula());
            }
        }
        return formulas;
    }
}
