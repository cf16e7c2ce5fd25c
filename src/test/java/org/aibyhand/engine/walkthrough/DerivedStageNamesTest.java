package org.aibyhand.engine.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.aibyhand.engine.book.Plan;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.xlsx.SharedWorkbooks;
import org.aibyhand.xlsx.XlsxReader;
import org.junit.jupiter.api.Test;

/** A derived plan names its stages by the labels the author wrote beside or above each block. */
class DerivedStageNamesTest {

    @Test
    void backpropagationsStagesAreNamedFromTheSheetsLabels() throws Exception {
        Workbook book = XlsxReader.read(SharedWorkbooks.get("Backpropgation.xlsx")).workbook();
        Calculator calculator = new Calculator(book);
        calculator.recalculateAll();
        List<String> titles = DerivedPlan.of(book, calculator).stages().stream().map(Stage::title).toList();
        assertEquals(List.of("Step 1: Z1", "Step 2: A1", "Step 3: Z2", "Step 4: A2", "Step 5: Z3", "Step 6: Softmax"),
                titles.subList(0, 6), "the forward pass by the labels over its blocks: " + titles);
        // the backward blocks carry only arrows beside them: those stages keep their ranges
        assertEquals("Step 10: P20:S21", titles.get(9));
    }

    @Test
    void labelsAboveBesideOrNoneAtAll() {
        Workbook book = new Workbook();
        Sheet sheet = book.addSheet("Sheet1");
        text(sheet, "B1", "Input");
        number(sheet, "B2", 2);
        formula(sheet, "B3", "=B2*2"); // above it: the number B2, then the label B1 two rows up
        text(sheet, "D5", "Attention Weights");
        formula(sheet, "E5", "=B3+1"); // beside it: the label D5
        text(sheet, "G6", "↓");
        formula(sheet, "G7", "=E5+1"); // above it only an arrow: no label
        Calculator calculator = new Calculator(book);
        calculator.recalculateAll();
        Plan plan = DerivedPlan.of(book, calculator);
        assertEquals(List.of("Step 1: Input", "Step 2: Attention Weights", "Step 3: G7"),
                plan.stages().stream().map(Stage::title).toList());
        assertTrue(plan.stages().get(0).cells().get(0).toA1().equals("B3"));
    }

    private static void text(Sheet sheet, String a1, String text) {
        var at = org.aibyhand.engine.ref.CellAddress.parse(a1);
        sheet.cellForWrite(at.row(), at.column()).setValue(new TextValue(text));
    }

    private static void number(Sheet sheet, String a1, double value) {
        var at = org.aibyhand.engine.ref.CellAddress.parse(a1);
        sheet.cellForWrite(at.row(), at.column()).setValue(new NumberValue(value));
    }

    private static void formula(Sheet sheet, String a1, String text) {
        var at = org.aibyhand.engine.ref.CellAddress.parse(a1);
        sheet.cellForWrite(at.row(), at.column()).setFormula(org.aibyhand.engine.book.Formula.parse(text, at.row(),
                at.column(), org.aibyhand.engine.book.FormulaKind.PLAIN));
    }
}
