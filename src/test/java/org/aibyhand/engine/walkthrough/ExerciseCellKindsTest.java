package org.aibyhand.engine.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aibyhand.engine.TestBooks;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Values;
import org.junit.jupiter.api.Test;

/**
 * Which cells an exercise blanks and what their checks compare with: arrays over several cells go as a whole
 * and are checked against numbers; single-cell array formulas keep being array formulas; formulas that depend on
 * where they stand are checked against numbers; text and logical results stay.
 */
class ExerciseCellKindsTest {
    /** The right answers, worked out by hand from A1:A3 = 1, 2, 3 and B1:B3 = 4, 5, 6. */
    private static final Map<String, Double> ANSWERS = Map.of(
            "D1", 4.0, "D2", 10.0, "D3", 18.0, // {=A1:A3*B1:B3}
            "F1", 2.0, "F2", 3.0, "F3", 4.0, // =A1:A3+1, spilled
            "H1", 6.0, // =SUM(A1:A3)
            "H3", 30.0, // =ROW()*10
            "H4", 32.0, // {=SUM(A1:A3*B1:B3)}
            "J2", 4.0); // =A1:A3*2, intersected with row 2

    private final TestBooks b = TestBooks.create().put("A1", "1").put("A2", "2").put("A3", "3")
            .put("B1", "4").put("B2", "5").put("B3", "6")
            .putDynamic("F1", "=A1:A3+1")
            .put("H1", "=SUM(A1:A3)").put("H2", "=\"n=\"&H1").put("H3", "=ROW()*10").put("H5", "=H1>3")
            .put("J2", "=A1:A3*2").put("J3", "=1/0");

    ExerciseCellKindsTest() {
        legacy("D1:D3", "A1:A3*B1:B3");
        legacy("H4", "SUM(A1:A3*B1:B3)");
    }

    private void legacy(String range, String text) {
        Area area = Area.parse(range);
        Formula parsed = Formula.parse(text, area.top(), area.left(), FormulaKind.LEGACY_ARRAY);
        b.sheet().cellForWrite(area.top(), area.left())
                .setFormula(new Formula(parsed.expr(), text, FormulaKind.LEGACY_ARRAY, area, null));
    }

    @Test
    void eachKindOfComputedCellIsHandledAsDocumented() {
        // the stage takes in only part of each array: the whole array goes all the same
        Stage stage = new Stage("Sheet1", "All of it", List.of(Area.parse("D2:E5"), Area.parse("H1:J5")));
        ExerciseSummary summary = Exercise.apply(b.book(), List.of(stage, new Stage("Sheet1", "Spill", List.of(Area.parse("F1")))), 0);
        Calculator calculator = new Calculator(b.book());
        calculator.recalculateAll();

        assertEquals(ANSWERS.size(), summary.blanked());
        List<CheckRow> rows = CheckRow.read(b.book(), summary.checkTables().get(0));
        assertEquals(ANSWERS.size(), rows.size());
        assertEquals(ANSWERS.keySet(), Set.copyOf(rows.stream().map(CheckRow::answer).toList()));
        assertEquals("Spill", rows.stream().filter(r -> r.answer().equals("F2")).findFirst().orElseThrow().stage());
        for (String answer : ANSWERS.keySet()) {
            Cell cell = cell(answer);
            assertTrue(cell == null || (!cell.hasFormula() && cell.spillAnchor() == null && cell.value() instanceof EmptyValue),
                    answer + " is blank");
        }
        for (String kept : List.of("H2", "H5", "J3")) {
            assertTrue(cell(kept).hasFormula(), kept + ": a text, logical or error result stays");
        }
        assertEquals("Sheet1!L1:N12", summary.checkTables().get(0), "right of column J, one column apart");

        CheckRow sumOfProducts = row(rows, "H4");
        Formula check = cell(sumOfProducts.check()).formula();
        assertEquals(FormulaKind.LEGACY_ARRAY, check.kind(), "entered as an array formula, as the original was");
        assertTrue(check.sourceText().contains("SUM(A1:A3*B1:B3)"), check.sourceText());
        assertTrue(cell(row(rows, "H1").check()).formula().sourceText().contains("SUM(A1:A3)"));
        for (String fixed : List.of("D2", "F3", "H3", "J2")) {
            String text = cell(row(rows, fixed).check()).formula().sourceText();
            assertTrue(!text.contains("A1") && !text.contains("ROW"), fixed + " is checked against its number: " + text);
        }

        rows.forEach(r -> assertEquals("NOT DONE", text(r.check()), r.answer()));
        ANSWERS.forEach((answer, value) -> calculator.setValue(b.sheet(), at(answer).row(), at(answer).column(), Values.number(value)));
        rows.forEach(r -> assertEquals("CORRECT", text(r.check()), r.answer()));
        assertEquals("10 of 10 correct", CheckRow.summaryText(b.book(), summary.checkTables().get(0)));
        calculator.setValue(b.sheet(), 1, 3, Values.number(10.5));
        assertEquals("INCORRECT", text(row(rows, "D2").check()), "a tolerance of 0 takes exact answers only");
    }

    @Test
    void aLegacyArrayRemovedLeavesNoValuesBehind() {
        Exercise.apply(b.book(), List.of(new Stage("Sheet1", "Products", List.of(Area.parse("D3")))), 0);
        for (String member : List.of("D1", "D2", "D3")) {
            assertTrue(cell(member) == null || cell(member).value() instanceof EmptyValue, member);
        }
        assertNull(cell("D2") == null ? null : cell("D2").spillAnchor());
    }

    private static CheckRow row(List<CheckRow> rows, String answer) {
        return rows.stream().filter(r -> r.answer().equals(answer)).findFirst().orElseThrow();
    }

    private String text(String address) {
        return ((TextValue) b.value(address)).text();
    }

    private Cell cell(String address) {
        return b.sheet().cell(at(address).row(), at(address).column());
    }

    private static CellAddress at(String address) {
        return CellAddress.parse(address);
    }
}
