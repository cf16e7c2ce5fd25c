package org.aibyhand.engine.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.aibyhand.engine.ref.Area;
import org.junit.jupiter.api.Test;

/** Renaming, merging, splitting and moving stages: each gives a new plan and leaves the old one as it was. */
class PlanEditsTest {
    private static final Stage GIVENS = stage("S", "Givens", "A1:B2");
    private static final Stage HIDDEN = stage("S", "Hidden", "D1:F4", "H2", "J1:J3");
    private static final Stage OUTPUT = stage("S", "Output", "L1");
    private static final Stage OTHER = stage("T", "Other sheet", "A1");
    private static final Plan PLAN = new Plan(List.of(GIVENS, HIDDEN, OUTPUT, OTHER));

    private static Stage stage(String sheet, String title, String... areas) {
        return new Stage(sheet, title, List.of(areas).stream().map(Area::parse).toList());
    }

    @Test
    void renamingChangesOnlyTheTitle() {
        Plan renamed = PLAN.renamed(1, "h = tanh(Wx)");
        assertEquals(List.of(GIVENS, stage("S", "h = tanh(Wx)", "D1:F4", "H2", "J1:J3"), OUTPUT, OTHER), renamed.stages());
        assertEquals("Hidden", PLAN.stage(1).title(), "the original plan is unchanged");
    }

    @Test
    void mergingAppendsTheNextStagesCellsInOrder() {
        Plan merged = PLAN.merged(1);
        assertEquals(List.of(GIVENS, stage("S", "Hidden + Output", "D1:F4", "H2", "J1:J3", "L1"), OTHER), merged.stages());
        assertEquals(4, PLAN.size());
    }

    @Test
    void splittingInsideAnAreaBelowItsTopCutsByRows() {
        Plan split = PLAN.splitBefore(1, 2, 4); // E3, inside D1:F4 on its third row
        assertEquals(List.of(GIVENS, stage("S", "Hidden", "D1:F2"), stage("S", "Hidden (continued)", "D3:F4", "H2", "J1:J3"),
                OUTPUT, OTHER), split.stages());
    }

    @Test
    void splittingOnTheTopRowRightOfTheLeftColumnCutsByColumns() {
        Plan split = PLAN.splitBefore(1, 0, 4); // E1
        assertEquals(List.of(stage("S", "Hidden", "D1:D4"), stage("S", "Hidden (continued)", "E1:F4", "H2", "J1:J3")),
                split.stages().subList(1, 3));
    }

    @Test
    void splittingAtAnAreasFirstCellMovesTheWholeAreaToTheSecondPart() {
        Plan split = PLAN.splitBefore(1, 1, 7); // H2, an area of its own
        assertEquals(List.of(stage("S", "Hidden", "D1:F4"), stage("S", "Hidden (continued)", "H2", "J1:J3")),
                split.stages().subList(1, 3));
        Plan atLastArea = PLAN.splitBefore(1, 0, 9); // J1 starts the last area
        assertEquals(List.of(stage("S", "Hidden", "D1:F4", "H2"), stage("S", "Hidden (continued)", "J1:J3")),
                atLastArea.stages().subList(1, 3));
    }

    @Test
    void splittingALastAreaOnItsLastCellLeavesOneCellInTheSecondPart() {
        Plan split = PLAN.splitBefore(1, 2, 9); // J3
        assertEquals(List.of(stage("S", "Hidden", "D1:F4", "H2", "J1:J2"), stage("S", "Hidden (continued)", "J3")),
                split.stages().subList(1, 3));
    }

    @Test
    void movingReordersTheStages() {
        assertEquals(List.of(HIDDEN, OUTPUT, GIVENS, OTHER), PLAN.moved(0, 2).stages());
        assertEquals(List.of(OTHER, GIVENS, HIDDEN, OUTPUT), PLAN.moved(3, 0).stages());
        assertEquals(PLAN, PLAN.moved(1, 1));
    }

    @Test
    void anIndexOutsideThePlanIsRefusedWithTheRangeThereIs() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PLAN.renamed(4, "x"));
        assertTrue(e.getMessage().contains("stages 0 to 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PLAN.renamed(-1, "x"));
        assertThrows(IllegalArgumentException.class, () -> PLAN.splitBefore(7, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> PLAN.moved(0, 4));
        assertThrows(IllegalArgumentException.class, () -> PLAN.moved(-1, 0));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Plan.EMPTY.merged(0)).getMessage().contains("no stages"));
    }

    @Test
    void aBlankTitleIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PLAN.renamed(0, " "));
        assertThrows(IllegalArgumentException.class, () -> PLAN.renamed(0, null));
    }

    @Test
    void theLastStageHasNothingToMergeAndStagesOnTwoSheetsDoNotMerge() {
        IllegalArgumentException last = assertThrows(IllegalArgumentException.class, () -> PLAN.merged(3));
        assertTrue(last.getMessage().contains("last"), last.getMessage());
        IllegalArgumentException sheets = assertThrows(IllegalArgumentException.class, () -> PLAN.merged(2));
        assertTrue(sheets.getMessage().contains("different sheets"), sheets.getMessage());
    }

    @Test
    void aSplitMustFallInsideTheStageAndLeaveBothPartsNonEmpty() {
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class, () -> PLAN.splitBefore(1, 0, 6)); // G1
        assertTrue(outside.getMessage().contains("not in stage 1"), outside.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> PLAN.splitBefore(1, 0, 3)); // D1
        assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PLAN.splitBefore(2, 0, 11)); // L1, a one-cell stage
    }
}
