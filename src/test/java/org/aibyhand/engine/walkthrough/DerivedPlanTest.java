package org.aibyhand.engine.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.aibyhand.engine.TestBooks;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Plan;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.NumberValue;
import org.junit.jupiter.api.Test;

/** Plans derived from small workbooks whose levels are worked out by hand in each test. */
class DerivedPlanTest {

    private static Stage stage(String sheet, String title, String... areas) {
        return new Stage(sheet, title, List.of(areas).stream().map(Area::parse).toList());
    }

    @Test
    void oneStagePerLevelWithArraysWholeAndCyclesLast() {
        TestBooks b = TestBooks.create().put("A1", "1").put("A2", "2")
                // level 1: read constants only, or a cell on a cycle, which counts as a constant
                .put("B1", "=A1*2").put("B2", "=A2*2").put("C1", "=A1+A2").putDynamic("G1", "=A1:A2*10").put("L1", "=J1*2")
                // level 2
                .put("D1", "=B1+1").put("D2", "=B2+C1").put("H1", "=G2+1").put("F5", "=SUM(B1:C2)")
                // level 3, with a legacy array over P1:P2
                .put("E1", "=D1*D2").put("N1", "=D1").put("N3", "=D1").put("N5", "=D1").put("N7", "=D1")
                // level 4: reads a cell of the legacy array
                .put("Q2", "=P2+1")
                // a cycle
                .put("J1", "=K1+1").put("K1", "=J1+1");
        b.sheet().cellForWrite(0, 15).setFormula(new Formula(Formula.parse("=D1:D2*3", 0, 15, FormulaKind.LEGACY_ARRAY).expr(),
                "D1:D2*3", FormulaKind.LEGACY_ARRAY, Area.parse("P1:P2"), null));
        Calculator calculator = b.calculate();
        assertEquals(new NumberValue(21), b.value("H1"), "the dynamic array spilled");

        Plan plan = DerivedPlan.of(b.book(), calculator);

        assertEquals(List.of(
                stage("Sheet1", "Step 1: B1:C1, G1:G2, L1, B2", "B1:C1", "G1:G2", "L1", "B2"),
                stage("Sheet1", "Step 2: D1:D2, H1, F5", "D1:D2", "H1", "F5"),
                stage("Sheet1", "Step 3: E1, N1, P1:P2, N3 …", "E1", "N1", "P1:P2", "N3", "N5", "N7"),
                stage("Sheet1", "Step 4: Q2", "Q2"),
                stage("Sheet1", "Step 5: J1:K1 (circular references)", "J1:K1")), plan.stages());
    }

    @Test
    void aFilledBlockIsOneRectangleAndRunsStackOnlyWhenTheirColumnsMatch() {
        TestBooks b = TestBooks.create().put("A1", "1").put("A2", "2").put("A3", "3");
        for (String cell : List.of("B1", "C1", "B2", "C2", "B3", "C3", "E1", "E2", "E3", "F3")) {
            b.put(cell, "=$A1*2".replace("1", cell.substring(1)));
        }
        Plan plan = DerivedPlan.of(b.book(), b.calculate());
        assertEquals(List.of(stage("Sheet1", "Step 1: B1:C3, E1:E2, E3:F3", "B1:C3", "E1:E2", "E3:F3")), plan.stages());
    }

    @Test
    void levelsCountAcrossSheetsAndStepsCountWithinEachSheetNamedWhenSeveralHaveFormulas() {
        Workbook book = new Workbook();
        Sheet in = book.addSheet("In");
        Sheet out = book.addSheet("Out");
        book.addSheet("Notes").cellForWrite(0, 0).setValue(new NumberValue(1));
        in.cellForWrite(0, 0).setValue(new NumberValue(3));
        in.cellForWrite(0, 1).setFormula(Formula.parse("=A1+1", 0, 1, FormulaKind.PLAIN));
        out.cellForWrite(0, 0).setFormula(Formula.parse("=In!B1*2", 0, 0, FormulaKind.PLAIN));
        out.cellForWrite(1, 0).setFormula(Formula.parse("=A1+In!A1", 1, 0, FormulaKind.PLAIN));
        out.cellForWrite(1, 1).setFormula(Formula.parse("=In!A1", 1, 1, FormulaKind.PLAIN));
        Calculator calculator = new Calculator(book);
        calculator.recalculateAll();

        assertEquals(List.of(stage("In", "In · Step 1: B1", "B1"),
                stage("Out", "Out · Step 1: B2", "B2"), // level 1
                stage("Out", "Out · Step 2: A1", "A1"), // level 2
                stage("Out", "Out · Step 3: A2", "A2")), // level 3
                DerivedPlan.of(book, calculator).stages());
    }

    @Test
    void aWorkbookWithoutFormulasHasTheEmptyPlan() {
        TestBooks b = TestBooks.create().put("A1", "1");
        assertEquals(Plan.EMPTY, DerivedPlan.of(b.book(), b.calculate()));
    }

    @Test
    void aSelfReferenceAndWhatReadsItAreOrdered() {
        TestBooks b = TestBooks.create().put("A1", "=A1+1").put("B1", "=A1*2").put("C1", "=B1*2");
        Plan plan = DerivedPlan.of(b.book(), b.calculate());
        assertEquals(List.of(stage("Sheet1", "Step 1: B1", "B1"), stage("Sheet1", "Step 2: C1", "C1"),
                stage("Sheet1", "Step 3: A1 (circular references)", "A1")), plan.stages());
    }
}
