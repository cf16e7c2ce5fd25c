package org.aibyhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.engine.value.Value;
import org.aibyhand.xlsx.ExcelCachedValues;
import org.aibyhand.xlsx.SharedWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The window on the given workbooks: what it shows, editing, undo, saving, and files it cannot read. */
class WorkbookWindowTest extends WindowTest {

    @TempDir
    Path temp;

    /** The value behind a grid cell (its text may be rounded to fit a narrow column, as in Excel). */
    private Value value(Sheet sheet, String a1) {
        CellAddress at = CellAddress.parse(a1);
        SheetView view = window.sheetViews().get(sheet.index());
        return view.shownValue(at.row(), at.column());
    }

    private String shown(Sheet sheet, String a1) {
        CellAddress at = CellAddress.parse(a1);
        SheetView view = window.sheetViews().get(sheet.index());
        return view.shownText(at.row(), at.column());
    }

    @Test
    void everyGivenWorkbookShowsExcelsValues(FxRobot robot) throws Exception {
        for (Path file : SharedWorkbooks.all()) {
            open(robot, file);
            if (file.getFileName().toString().equals("Backpropgation.xlsx")) { // colours from NOTES.md
                robot.interact(() -> window.selectSheet(window.document().workbook().sheet("Backprop")));
                assertEquals(javafx.scene.paint.Color.web("#FFCC99"), pixel(robot, 4, 9), "J5 is filled FFCC99");
            }
            String name = file.getFileName().toString();
            assertEquals(name.substring(0, name.length() - 5) + " - AI by Hand", window.stage().getTitle());
            assertEquals(window.document().workbook().sheets().size(), window.sheetViews().size());
            int checked = 0;
            for (Map.Entry<String, Value> excel : ExcelCachedValues.read(file).entrySet()) {
                int bang = excel.getKey().lastIndexOf('!');
                Sheet sheet = window.document().workbook().sheet(excel.getKey().substring(0, bang));
                CellAddress at = CellAddress.parse(excel.getKey().substring(bang + 1));
                Value shownValue = value(sheet, at.toA1());
                assertTrue(ExcelCachedValues.matches(excel.getValue(), shownValue), name + " " + excel.getKey()
                        + ": Excel " + excel.getValue() + ", shown " + shownValue);
                if (++checked == 200) {
                    break;
                }
            }
            assertTrue(checked > 0, name);
        }
    }

    @Test
    void editingAWeightInBackpropagationChangesItsDependentsAndUndoRestoresThem(FxRobot robot) throws Exception {
        open(robot, SharedWorkbooks.get("Backpropgation.xlsx"));
        Sheet sheet = window.document().workbook().sheet("Backprop");
        Value z1 = value(sheet, "J15");
        Value softmax = value(sheet, "S34");
        robot.interact(() -> {
            window.current().select(14, 3); // D15, a weight of layer 1
            window.current().view().requestFocus();
        });
        robot.write("3").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("3", shown(sheet, "D15"));
        assertEquals(15, window.current().view().selection().row(), "Enter moves down");
        assertTrue(window.stage().getTitle().startsWith("*"), "the title marks unsaved changes");
        assertNotEquals(z1, value(sheet, "J15"));
        assertNotEquals(softmax, value(sheet, "S34"));
        assertTrue(window.document().isModified());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(z1, value(sheet, "J15"));
        assertEquals(softmax, value(sheet, "S34"));
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("3", shown(sheet, "D15"));
    }

    @Test
    void turningForwardOffHidesTheForwardResultsAsInExcel(FxRobot robot) throws Exception {
        open(robot, SharedWorkbooks.get("Backpropgation.xlsx"));
        Sheet sheet = window.document().workbook().sheet("Backprop");
        SheetView view = window.sheetViews().get(0);
        var looks = window.document().looks();
        var shownStyle = looks.style(sheet, 14, 9); // J15, a forward result (Z1)
        assertNotEquals(org.aibyhand.engine.book.format.Rgb.WHITE, shownStyle.font().color());
        int[] shownPixels = cellPixels(robot, 14, 9);
        robot.interact(() -> window.edited(view, window.document().enter(sheet, 1, 2, "FALSE"))); // C2
        var hidden = looks.style(sheet, 14, 9);
        assertEquals(org.aibyhand.engine.book.format.Rgb.WHITE, hidden.font().color());
        assertTrue(hidden.fill() == null && hidden.borders().isEmpty(), hidden.toString());
        assertFalse(java.util.Arrays.equals(shownPixels, cellPixels(robot, 14, 9)), "the grid paints the cell as the rule says");
        assertNotEquals(org.aibyhand.engine.book.format.Rgb.WHITE, looks.style(sheet, 4, 12).font().color(),
                "backward results stay (C3 is TRUE)");
        robot.interact(() -> window.edited(view, window.document().enter(sheet, 1, 2, "TRUE")));
        assertEquals(shownStyle, looks.style(sheet, 14, 9));
        assertTrue(java.util.Arrays.equals(shownPixels, cellPixels(robot, 14, 9)), "and paints it as before when C2 is back");
    }

    @Test
    void aWorkbookOpensOnTheSheetItWasSavedOn(FxRobot robot) throws Exception {
        Path file = SharedWorkbooks.get("Backpropgation.xlsx"); // saved with its LICENSE tab active
        Document before = window.document();
        robot.interact(() -> window.files().openFile(file));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.document() != before);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("LICENSE", window.current().sheet().name());
        assertTrue(window.current().view().isFocused(), "typing goes to the grid at once");
    }

    @Test
    void notesShowOnHoverAndUnicodeTextIsKept(FxRobot robot) throws Exception {
        open(robot, SharedWorkbooks.get("Mamba.xlsx"));
        String note = window.document().workbook().sheets().get(0).format().note(12, 2);
        assertTrue(note != null && note.contains("linear projection"), note);
        var canvas = window.current().view();
        var layout = canvas.sheetLayout();
        robot.moveTo(canvas, javafx.geometry.Pos.TOP_LEFT, new javafx.geometry.Point2D(layout.columnX(2) + 5, layout.rowY(12) + 5),
                org.testfx.robot.Motion.DIRECT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(note, canvas.hoveredNote(), "hovering over C13 shows its note");
        open(robot, SharedWorkbooks.get("Transformer-Full-Stack.xlsx"));
        boolean chinese = false;
        for (var cell : window.document().workbook().sheets().get(0)) {
            chinese |= cell.value() instanceof org.aibyhand.engine.value.TextValue t && t.text().contains("狗");
        }
        assertTrue(chinese, "the Chinese words of the translation example");
    }

    @Test
    void savingAndReopeningKeepsTheEdit(FxRobot robot) throws Exception {
        open(robot, SharedWorkbooks.get("Softmax.xlsx"));
        Sheet sheet = window.document().workbook().sheets().get(0);
        robot.interact(() -> window.document().enter(sheet, 0, 30, "=1+41"));
        Path target = temp.resolve("saved.xlsx");
        robot.interact(() -> window.files().saveTo(target, null));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.stage().getTitle().equals("saved - AI by Hand"));
        assertFalse(window.document().isModified());
        open(robot, target);
        assertEquals("42", shown(window.document().workbook().sheets().get(0), "AE1"));
        assertEquals("=1+41", window.document().inputText(window.document().workbook().sheets().get(0), 0, 30));
    }

    @Test
    void aFileThatIsNotAWorkbookGivesADialogAndTheAppGoesOn(FxRobot robot) throws Exception {
        Path bad = Files.writeString(temp.resolve("notes.xlsx"), "not a spreadsheet at all");
        Document before = window.document();
        robot.interact(() -> window.files().openFile(bad));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.listWindows().size() > 1);
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(dialog.getHeaderText().contains("notes.xlsx"), dialog.getHeaderText());
        assertFalse(dialog.getContentText().contains("Exception"), dialog.getContentText());
        assertFalse(dialog.getContentText().isBlank());
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
        assertTrue(window.document() == before, "the open document stays");
    }
}
