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
        return ((Shown) view.gridCell(at.row(), at.column()).getItem()).value();
    }

    private String shown(Sheet sheet, String a1) {
        CellAddress at = CellAddress.parse(a1);
        SheetView view = window.sheetViews().get(sheet.index());
        return EditActions.shown(view.gridCell(at.row(), at.column()).getItem());
    }

    @Test
    void everyGivenWorkbookShowsExcelsValues(FxRobot robot) throws Exception {
        for (Path file : SharedWorkbooks.all()) {
            open(robot, file);
            if (file.getFileName().toString().equals("Backpropgation.xlsx")) { // colours from NOTES.md
                String inputs = window.sheetViews().get(0).gridCell(4, 9).getStyle(); // J5: fill FFCC99
                assertTrue(inputs.contains("-fx-background-color: #FFCC99"), inputs);
                String title = window.sheetViews().get(0).gridCell(0, 0).getStyle(); // Arial 21pt bold
                assertTrue(title.contains("-fx-font-weight: bold") && title.contains("28.0px"), title);
            }
            String name = file.getFileName().toString();
            assertEquals("AI by Hand - " + name.substring(0, name.length() - 5), window.stage().getTitle());
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
        assertEquals(15, window.current().view().getSelectionModel().getFocusedCell().getRow(), "Enter moves down");
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
        String shownStyle = view.gridCell(14, 9).getStyle(); // J15, a forward result (Z1)
        assertFalse(shownStyle.contains("-fx-text-fill: #FFFFFF"), shownStyle);
        robot.interact(() -> window.edited(view, window.document().enter(sheet, 1, 2, "FALSE"))); // C2
        String hidden = view.gridCell(14, 9).getStyle();
        assertTrue(hidden.contains("-fx-text-fill: #FFFFFF"), hidden);
        assertFalse(hidden.contains("-fx-background-color"), hidden);
        assertFalse(hidden.contains("-fx-border-color"), hidden);
        assertFalse(view.gridCell(4, 12).getStyle().contains("-fx-text-fill: #FFFFFF"), "backward results stay (C3 is TRUE)");
        robot.interact(() -> window.edited(view, window.document().enter(sheet, 1, 2, "TRUE")));
        assertEquals(shownStyle, view.gridCell(14, 9).getStyle());
    }

    @Test
    void notesShowOnHoverAndUnicodeTextIsKept(FxRobot robot) throws Exception {
        open(robot, SharedWorkbooks.get("Mamba.xlsx"));
        var note = ((org.controlsfx.control.spreadsheet.SpreadsheetCellBase) window.sheetViews().get(0).gridCell(12, 2)).getTooltip();
        assertTrue(note.isPresent() && note.get().contains("linear projection"), note.toString());
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
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.stage().getTitle().equals("AI by Hand - saved"));
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
