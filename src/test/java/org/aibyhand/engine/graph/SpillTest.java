package org.aibyhand.engine.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aibyhand.engine.TestBooks;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.junit.jupiter.api.Test;

class SpillTest {

    private static NumberValue n(double v) {
        return new NumberValue(v);
    }

    @Test
    void aDynamicArraySpillsIntoBlankCells() {
        TestBooks b = TestBooks.create().put("A1", "1").put("A2", "2").put("A3", "3").putDynamic("C1", "=A1:A3*10");
        b.calculate();
        assertEquals(n(10), b.value("C1"));
        assertEquals(n(20), b.value("C2"));
        assertEquals(n(30), b.value("C3"));
        assertEquals(Area.parse("C1:C3"), b.sheet().cell(0, 2).spillArea());
    }

    @Test
    void anOccupiedTargetGivesSpillErrorUntilItIsCleared() {
        TestBooks b = TestBooks.create().putDynamic("A1", "={1,2,3}").put("B1", "x");
        Calculator calculator = b.calculate();
        assertEquals(ErrorValue.SPILL, b.value("A1"));
        assertEquals(new TextValue("x"), b.value("B1"));
        ChangeSet changes = calculator.setValue(b.sheet(), 0, 1, EmptyValue.INSTANCE);
        assertEquals(n(1), b.value("A1"));
        assertEquals(n(2), b.value("B1"));
        assertEquals(n(3), b.value("C1"));
        assertTrue(changes.contains(b.sheet().cell(0, 2)));
    }

    @Test
    void typingIntoASpillBlocksItAndDeletingRestoresIt() {
        TestBooks b = TestBooks.create().putDynamic("A1", "={1;2;3}").put("B1", "=SUMLIKE");
        Calculator calculator = b.calculate();
        calculator.setValue(b.sheet(), 1, 0, n(99));
        assertEquals(ErrorValue.SPILL, b.value("A1"));
        assertEquals(n(99), b.value("A2"));
        assertEquals(EmptyValue.INSTANCE, b.value("A3"));
        calculator.setValue(b.sheet(), 1, 0, EmptyValue.INSTANCE);
        assertEquals(n(2), b.value("A2"));
        assertEquals(n(3), b.value("A3"));
    }

    @Test
    void aSpillReferenceFollowsTheSpillAsItResizes() {
        TestBooks b = TestBooks.create().put("A1", "1").put("A2", "2").put("A3", "3")
                .putDynamic("C1", "=A1:A2*1").putDynamic("E1", "=C1#+100");
        Calculator calculator = b.calculate();
        assertEquals(n(102), b.value("E2"));
        assertEquals(EmptyValue.INSTANCE, b.value("E3"));
        calculator.setFormula(b.sheet(), 0, 2, Formula.parse("=A1:A3*1", 0, 2, FormulaKind.DYNAMIC_ARRAY));
        assertEquals(n(103), b.value("E3"));
        calculator.setFormula(b.sheet(), 0, 2, Formula.parse("=A1*1", 0, 2, FormulaKind.DYNAMIC_ARRAY));
        assertEquals(n(101), b.value("E1"));
        assertEquals(EmptyValue.INSTANCE, b.value("E2"));
        assertNull(b.sheet().cell(0, 2).spillArea());
    }

    @Test
    void cellsReadingSpilledValuesWaitForTheAnchorWhereverTheyAre() {
        // the reader comes first in reading order, and the spill's extent is unknown until computed
        TestBooks b = TestBooks.create().put("A1", "=C3*2").put("A3", "5").putDynamic("C2", "={1;2}*A3");
        Calculator calculator = b.calculate();
        assertEquals(n(20), b.value("A1"));
        calculator.setValue(b.sheet(), 2, 0, n(6));
        assertEquals(n(24), b.value("A1"));
    }

    @Test
    void aLegacyArrayFillsItsFixedRangeAndPadsWithNa() {
        TestBooks b = TestBooks.create();
        var sheet = b.sheet();
        Formula formula = new Formula(Formula.parse("={1,2}", 0, 0, FormulaKind.LEGACY_ARRAY).expr(), "{1,2}",
                FormulaKind.LEGACY_ARRAY, Area.parse("A1:C2"), null);
        sheet.cellForWrite(0, 0).setFormula(formula);
        b.calculate();
        assertEquals(n(1), b.value("A1"));
        assertEquals(n(2), b.value("B2"));
        assertEquals(ErrorValue.NA, b.value("C1"));
    }

    @Test
    void removingALegacyArrayEmptiesItsWholeRange() {
        TestBooks b = TestBooks.create().put("A1", "1").put("A2", "2").put("C2", "=B2+1");
        Formula formula = new Formula(Formula.parse("=A1:A2*10", 0, 1, FormulaKind.LEGACY_ARRAY).expr(), "A1:A2*10",
                FormulaKind.LEGACY_ARRAY, Area.parse("B1:B2"), null);
        b.sheet().cellForWrite(0, 1).setFormula(formula);
        Calculator calculator = b.calculate();
        assertEquals(n(20), b.value("B2"));
        assertEquals(n(21), b.value("C2"));
        calculator.setValue(b.sheet(), 0, 1, EmptyValue.INSTANCE);
        assertEquals(EmptyValue.INSTANCE, b.value("B2"));
        assertNull(b.sheet().cell(1, 1).spillAnchor());
        assertEquals(n(1), b.value("C2"), "what read the array sees a blank");
    }

    @Test
    void aPlainFormulaIntersectsARangeWithItsRow() {
        TestBooks b = TestBooks.create().put("A1", "1").put("A2", "2").put("A3", "3").put("B2", "=A1:A3*10").put("B5", "=A1:A3");
        b.calculate();
        assertEquals(n(20), b.value("B2"));
        assertEquals(ErrorValue.VALUE, b.value("B5"));
    }

    @Test
    void sumproductReadsExpressionsOverRangesWholeEvenInAPlainFormula() {
        TestBooks b = TestBooks.create().put("A1", "1").put("A2", "2").put("A3", "3").put("B1", "1").put("B2", "0")
                .put("B3", "1").put("D2", "=SUMPRODUCT((A1:A3-B1:B3)^2)").put("D3", "=SUM((A1:A3-B1:B3)^2)");
        b.calculate();
        assertEquals(n(0 + 4 + 4), b.value("D2"));
        assertEquals(n(4), b.value("D3")); // SUM does not: the range is intersected with row 3 (2^2)
    }

    @Test
    void aSpillIntoItsOwnReaderIsACycle() {
        TestBooks b = TestBooks.create().putDynamic("A1", "={1;2}+A2");
        b.calculate();
        assertEquals(ErrorValue.CYCLE, b.value("A1"));
    }
}
