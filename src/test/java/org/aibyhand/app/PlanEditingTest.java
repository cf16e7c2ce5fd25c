package org.aibyhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Plan;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.xlsx.SharedWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An imported workbook gets a plan derived from its formulas; the teacher renames, merges, splits and
 * reorders stages from the timeline, undoes and redoes those edits, and the edited plan comes back when the
 * saved file is opened.
 */
class PlanEditingTest extends WindowTest {

    @Test
    void aDerivedPlanCoversEveryFormulaAndEditsSurviveSaving(FxRobot robot, @TempDir Path folder) throws Exception {
        open(robot, SharedWorkbooks.get("Backpropgation.xlsx"));
        Plan derived = window.walkthrough().plan();
        assertTrue(derived.size() > 3, "a derived plan: " + derived.size() + " stages");
        assertFalse(window.document().isModified(), "deriving a plan is not an edit");
        Sheet sheet = window.document().workbook().sheet("Backprop");
        Set<String> planned = new HashSet<>();
        for (Stage stage : derived.stages()) {
            for (Area area : stage.cells()) {
                for (int r = area.top(); r <= area.bottom(); r++) {
                    for (int c = area.left(); c <= area.right(); c++) {
                        assertTrue(planned.add(r + "," + c), "a cell in two stages: " + r + "," + c);
                    }
                }
            }
        }
        for (Cell cell : sheet) {
            if (cell.hasFormula()) {
                assertTrue(planned.contains(cell.row() + "," + cell.column()), "every formula is in a stage: " + cell);
            }
        }
        assertEquals(derived.size(), robot.lookup(".stage-chip").queryAll().size(), "one timeline entry per stage");

        choose(robot, "#stage1", "Merge with Next");
        Plan merged = window.walkthrough().plan();
        assertEquals(derived.size() - 1, merged.size());
        assertEquals(derived.stage(0).cellCount() + derived.stage(1).cellCount(), merged.stage(0).cellCount());
        assertTrue(window.document().isModified(), "an edited plan is saved with the workbook");

        robot.interact(() -> window.walkthrough().edit(p -> p.renamed(0, "Forward: the first layer")));
        assertEquals("1. Forward: the first layer", robot.lookup("#stage1").queryAs(ToggleButton.class).getText());
        robot.interact(() -> window.walkthrough().edit(p -> p.moved(1, 2)));
        assertEquals(merged.stage(1).title(), window.walkthrough().plan().stage(2).title());

        Stage second = window.walkthrough().plan().stage(1);
        Area last = second.cells().get(second.cells().size() - 1);
        int[] at = second.cells().size() > 1 ? new int[] {last.top(), last.left()}
                : last.rows() > 1 ? new int[] {last.top() + 1, last.left()} : new int[] {last.top(), last.left() + 1};
        assertTrue(second.cellCount() > 1, "a stage to split: " + second);
        robot.interact(() -> window.current().select(at[0], at[1]));
        choose(robot, "#stage2", "Split at Selected Cell");
        Plan edited = window.walkthrough().plan();
        assertEquals(merged.size() + 1, edited.size(), "split in two");
        assertEquals(second.cellCount(), edited.stage(1).cellCount() + edited.stage(2).cellCount());

        Path saved = folder.resolve("planned.xlsx");
        window.document().write(saved);
        open(robot, saved);
        assertEquals(edited, window.walkthrough().plan(), "the edited plan comes back from the file");
    }

    @Test
    void planEditsAreUndoneAndRedoneLikeCellEdits(FxRobot robot) throws Exception {
        open(robot, SharedWorkbooks.get("Backpropgation.xlsx"));
        Plan derived = window.walkthrough().plan();
        choose(robot, "#stage1", "Merge with Next");
        Plan merged = window.walkthrough().plan();
        robot.interact(() -> window.walkthrough().edit(p -> p.renamed(0, "Forward: the first layer")));
        Plan renamed = window.walkthrough().plan();
        robot.interact(() -> {
            window.current().select(0, 0);
            window.current().view().requestFocus();
        });

        shortcut(robot, KeyCode.Z);
        assertEquals(merged, window.walkthrough().plan());
        assertEquals("1. " + merged.stage(0).title(), robot.lookup("#stage1").queryAs(ToggleButton.class).getText());
        shortcut(robot, KeyCode.Z);
        assertEquals(derived, window.walkthrough().plan(), "back to the plan derived from the formulas");
        assertEquals(derived.size(), robot.lookup(".stage-chip").queryAll().size());
        shortcut(robot, KeyCode.Y);
        shortcut(robot, KeyCode.Y);
        assertEquals(renamed, window.walkthrough().plan());
        assertEquals(renamed, window.document().workbook().plan(), "the redone plan is the one saved");
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Picks an item of a timeline stage's context menu (headless windows cannot pop menus up). */
    private static void choose(FxRobot robot, String stage, String item) {
        ToggleButton chip = robot.lookup(stage).queryAs(ToggleButton.class);
        var menuItem = chip.getContextMenu().getItems().stream().filter(i -> item.equals(i.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + item));
        assertFalse(menuItem.isDisable(), item + " is enabled");
        robot.interact(menuItem::fire);
    }
}
