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
import org.aibyhand.engine.function.DisplayFormat;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.engine.value.Value;
import org.aibyhand.xlsx.ExcelCachedValues;
import org.aibyhand.xlsx.SharedWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window on the given workbooks: what it shows, editing, undo, saving, and files it cannot read. */
@ExtendWith(ApplicationExtension.class)
class WorkbookWindowTest {
    private MainWindow window;

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, Document.create(WelcomeWorkbook.create(), "Neuron"));
        stage.show();
    }

    private void open(FxRobot robot, Path file) throws Exception {
        Document before = window.document();
        robot.interact(() -> window.files().openFile(file));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.document() != before);
        WaitForAsyncUtils.waitForFxEvents();
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
            String name = file.getFileName().toString();
            assertEquals("AI by Hand - " + name.substring(0, name.length() - 5), window.stage().getTitle());
            assertEquals(window.document().workbook().sheets().size(), window.sheetViews().size());
            int checked = 0;
            for (Map.Entry<String, Value> excel : ExcelCachedValues.read(file).entrySet()) {
                int bang = excel.getKey().lastIndexOf('!');
                Sheet sheet = window.document().workbook().sheet(excel.getKey().substring(0, bang));
                CellAddress at = CellAddress.parse(excel.getKey().substring(bang + 1));
                String format = sheet.format().style(at.row(), at.column()).numberFormat();
                assertEquals(DisplayFormat.text(excel.getValue(), format), shown(sheet, at.toA1()), name + " " + excel.getKey());
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
        String z1 = shown(sheet, "J15");
        String softmax = shown(sheet, "S34");
        robot.interact(() -> {
            window.current().select(14, 3); // D15, a weight of layer 1
            window.current().view().requestFocus();
        });
        robot.write("3").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("3", shown(sheet, "D15"));
        assertEquals(15, window.current().view().getSelectionModel().getFocusedCell().getRow(), "Enter moves down");
        assertNotEquals(z1, shown(sheet, "J15"));
        assertNotEquals(softmax, shown(sheet, "S34"));
        assertTrue(window.document().isModified());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(z1, shown(sheet, "J15"));
        assertEquals(softmax, shown(sheet, "S34"));
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("3", shown(sheet, "D15"));
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
