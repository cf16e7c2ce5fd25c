package org.aibyhand.engine.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.aibyhand.engine.TestBooks;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;
import org.junit.jupiter.api.Test;

class CalculatorTest {

    private static NumberValue n(double v) {
        return new NumberValue(v);
    }

    @Test
    void computesFormulasInDependencyOrderWhateverTheLayout() {
        TestBooks b = TestBooks.create().put("A1", "=B1*2").put("B1", "=C1+1").put("C1", "4");
        b.calculate();
        assertEquals(n(10), b.value("A1"));
        assertEquals(n(5), b.value("B1"));
    }

    @Test
    void anEditRecomputesOnlyItsDependents() {
        TestBooks b = TestBooks.create().put("A1", "1").put("B1", "=A1+1").put("C1", "=B1*10").put("D1", "=7*6");
        Calculator calculator = b.calculate();
        Sheet sheet = b.sheet();
        ChangeSet changes = calculator.setValue(sheet, 0, 0, n(2));
        assertEquals(n(3), b.value("B1"));
        assertEquals(n(30), b.value("C1"));
        assertEquals(2, changes.evaluations());
        assertTrue(changes.contains(sheet.cell(0, 2)));
        assertTrue(!changes.contains(sheet.cell(0, 3)));
    }

    @Test
    void manyValuesPutAtOnceRecomputeEachDependentOnce() {
        // a chain B1 <- C1 <- D1 <- E1, each also reading A1; blanking the chain's cells one by one would recompute
        // what is left downstream of each
        TestBooks b = TestBooks.create().put("A1", "1").put("B1", "=A1+1").put("C1", "=B1+A1").put("D1", "=C1+A1")
                .put("E1", "=D1+A1").put("F1", "=E1*2");
        Calculator calculator = b.calculate();
        Map<CellAddress, Value> edits = new LinkedHashMap<>();
        edits.put(CellAddress.parse("B1"), EmptyValue.INSTANCE);
        edits.put(CellAddress.parse("C1"), EmptyValue.INSTANCE);
        edits.put(CellAddress.parse("A1"), n(10));
        ChangeSet changes = calculator.setValues(b.sheet(), edits);
        assertEquals(3, changes.evaluations(), "D1, E1 and F1, once each");
        assertEquals(n(10), b.value("D1"));
        assertEquals(n(20), b.value("E1"));
        assertEquals(n(40), b.value("F1"));
        assertEquals(EmptyValue.INSTANCE, b.value("C1"));
    }

    @Test
    void aCycleBecomesAnErrorOnItsCellsAndTheRestStillComputes() {
        TestBooks b = TestBooks.create().put("A1", "=B1+1").put("B1", "=A1+1").put("C1", "=5").put("D1", "=A1");
        b.calculate();
        assertEquals(ErrorValue.CYCLE, b.value("A1"));
        assertEquals(ErrorValue.CYCLE, b.value("B1"));
        assertEquals(n(5), b.value("C1"));
        assertEquals(ErrorValue.CYCLE, b.value("D1"));
    }

    @Test
    void breakingACycleRestoresValues() {
        TestBooks b = TestBooks.create().put("A1", "=B1+1").put("B1", "=A1+1");
        Calculator calculator = b.calculate();
        calculator.setFormula(b.sheet(), 0, 1, Formula.parse("=10", 0, 1, FormulaKind.PLAIN));
        assertEquals(n(11), b.value("A1"));
    }

    @Test
    void aSelfReferenceIsACycle() {
        TestBooks b = TestBooks.create().put("A1", "=A1+1");
        b.calculate();
        assertEquals(ErrorValue.CYCLE, b.value("A1"));
    }

    @Test
    void aChainOfAMillionCellsRecalculatesWithoutRecursion() {
        TestBooks b = TestBooks.create();
        Sheet sheet = b.sheet();
        int length = 1_000_000;
        int last = length - 1;
        sheet.cellForWrite(last, 0).setValue(n(1));
        // each cell reads the one below it, so computing in reading order meets a pending precedent a
        // million deep; one relative tree serves every cell
        var formula = Formula.parse("=A2+1", 0, 0, FormulaKind.PLAIN);
        for (int row = 0; row < last; row++) {
            sheet.cellForWrite(row, 0).setFormula(formula);
        }
        Calculator calculator = new Calculator(b.book());
        calculator.recalculateAll();
        assertEquals(n(length), sheet.value(0, 0));
        calculator.setValue(sheet, last, 0, n(-5));
        assertEquals(n(length - 6), sheet.value(0, 0));
    }

    @Test
    void anUnparsableFormulaShowsNameErrorAndKeepsItsText() {
        TestBooks b = TestBooks.create().put("A1", "=SUM(1,,");
        b.calculate();
        assertEquals(ErrorValue.NAME, b.value("A1"));
        assertEquals("SUM(1,,", b.sheet().cell(0, 0).formula().sourceText());
    }

    @Test
    void anUnknownFunctionIsNameError() {
        TestBooks b = TestBooks.create().put("A1", "=NOSUCHFUNCTION(1)+1");
        b.calculate();
        assertEquals(ErrorValue.NAME, b.value("A1"));
    }
}
