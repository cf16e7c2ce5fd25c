package org.aibyhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.xlsx.SharedWorkbooks;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Name box, formula bar, outlines, clipboard, delete, zoom, presentation mode and the unsaved-changes question. */
class WindowFeaturesTest extends WindowTest {

    private Sheet sheet() {
        return window.current().sheet();
    }

    private void select(int top, int left, int bottom, int right) {
        window.current().view().selectRange(new Area(top, left, bottom, right));
    }

    /** Focuses the grid once selecting (and the scrolling it asked for) has been laid out. */
    private void focusGrid(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.current().view().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The colour on the left edge of a cell, where an outline mark is painted. */
    private javafx.scene.paint.Color outlinePixel(FxRobot robot, int row, int column) {
        javafx.scene.paint.Color[] color = new javafx.scene.paint.Color[1];
        robot.interact(() -> {
            var canvas = window.current().view();
            canvas.paintNow();
            var layout = canvas.sheetLayout();
            color[0] = canvas.snapshot(null, null).getPixelReader().getColor((int) layout.columnX(column) + 1,
                    (int) (layout.rowY(row) + layout.rowHeight(row) / 2));
        });
        return color[0];
    }

    @Test
    void theNameBoxJumpsToACellOrAName(FxRobot robot) {
        TextField nameBox = robot.lookup("#nameBox").queryAs(TextField.class);
        robot.interact(() -> {
            nameBox.setText("B10");
            nameBox.fireEvent(new javafx.event.ActionEvent());
        });
        assertEquals(new Area(9, 1, 9, 1), window.current().selection());
        assertEquals("=SUMPRODUCT(A4:A6,B4:B6)+B8", robot.lookup("#formulaBar").queryAs(TextField.class).getText());
    }

    @Test
    void aSelectedFormulaOutlinesWhatItReadsAndWhatReadsIt(FxRobot robot) {
        robot.interact(() -> window.current().select(9, 1)); // B10 = SUMPRODUCT(A4:A6,B4:B6)+B8
        SheetView view = window.current();
        assertTrue(view.isMarked(org.aibyhand.app.sheet.Marks.Mark.PRECEDENT, 3, 0) && view.isMarked(org.aibyhand.app.sheet.Marks.Mark.PRECEDENT, 5, 1) && view.isMarked(org.aibyhand.app.sheet.Marks.Mark.PRECEDENT, 7, 1));
        assertFalse(view.isMarked(org.aibyhand.app.sheet.Marks.Mark.PRECEDENT, 6, 0));
        assertTrue(view.isMarked(org.aibyhand.app.sheet.Marks.Mark.DEPENDENT, 10, 1)); // B11 = MAX(0,B10)
        assertEquals(javafx.scene.paint.Color.web("#1F6FEB"), outlinePixel(robot, 3, 0), "precedents are outlined in blue");
    }

    @Test
    void theFormulaBarCommitsIntoTheSelectedCell(FxRobot robot) {
        robot.interact(() -> window.current().select(7, 1));
        TextField bar = robot.lookup("#formulaBar").queryAs(TextField.class);
        robot.interact(() -> {
            bar.setText("=0.5+0.5");
            bar.fireEvent(new javafx.event.ActionEvent());
        });
        assertEquals("1", shown(7, 1));
        assertEquals("0.8", shown(9, 1)); // 0.5 - 0.4 - 0.3 + 1
    }

    @Test
    void copyGivesTabSeparatedTextAndPasteTakesIt(FxRobot robot) {
        robot.interact(() -> select(3, 0, 4, 1));
        focusGrid(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertEquals("1\t0.5\r\n2\t-0.2\r\n", copied[0]);
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("7\t=D20*2\n8\tword\n");
            Clipboard.getSystemClipboard().setContent(content);
            window.current().select(19, 3);
        });
        focusGrid(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        assertEquals("7", shown(19, 3));
        assertEquals("14", shown(19, 4));
        assertEquals("word", shown(20, 4));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals("", shown(19, 3));
        assertEquals("", shown(20, 4));
    }

    @Test
    void deleteClearsTheSelectionAsOneUndoableStep(FxRobot robot) {
        robot.interact(() -> select(3, 1, 5, 1));
        focusGrid(robot);
        robot.type(KeyCode.DELETE);
        assertEquals("", shown(3, 1));
        assertEquals("0.1", shown(9, 1)); // only b remains
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals("0.5", shown(3, 1));
        assertEquals("-0.1", shown(9, 1));
    }

    @Test
    void escapeCancelsAnEdit(FxRobot robot) {
        robot.interact(() -> window.current().select(3, 1));
        focusGrid(robot);
        robot.type(KeyCode.DIGIT9);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ESCAPE);

        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("0.5", shown(3, 1));
        assertFalse(window.document().isModified());
    }

    @Test
    void anArrowCommitsWhatWasTypedAndMoves(FxRobot robot) {
        robot.interact(() -> window.current().select(3, 1));
        focusGrid(robot);
        robot.type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1", shown(3, 1));
        assertEquals("0.4", shown(9, 1)); // 1 - 0.4 - 0.3 + 0.1
        assertEquals(2, window.current().view().selection().column());
    }

    @Test
    void zoomAndPresentationMode(FxRobot robot) {
        focusGrid(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertEquals(1.25, window.current().view().zoom(), 1e-9, "Ctrl+= (plus without Shift) zooms one step");
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        assertEquals(1.0, window.current().view().zoom(), 1e-9);
        robot.interact(() -> window.viewActions().zoomIn());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertEquals(1.0, window.current().view().zoom(), 1e-9);
        robot.type(KeyCode.F11);
        assertTrue(window.root().getStyleClass().contains("presentation"));
        assertTrue(window.current().view().zoom() >= 1.75);
        robot.type(KeyCode.F11);
        assertFalse(window.root().getStyleClass().contains("presentation"));
    }

    @Test
    void openingOverUnsavedChangesAsksFirst(FxRobot robot) throws Exception {
        robot.interact(() -> window.document().enter(sheet(), 3, 1, "5"));
        // the question is modal (it waits for an answer), so ask from a later pulse and answer it here
        javafx.application.Platform.runLater(() -> window.files().newWorkbook());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".dialog-pane").queryAll().isEmpty());
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Unsaved changes", question.getHeaderText());
        robot.clickOn(robot.from(question).lookup(".button").match(b -> ((Button) b).getText().equals("Cancel")).queryButton());
        assertEquals("Neuron", window.document().name());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.application.Platform.runLater(() -> window.files().newWorkbook());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".dialog-pane").queryAll().isEmpty());
        DialogPane again = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn(robot.from(again).lookup(".button").match(b -> ((Button) b).getText().equals("Don't Save")).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Book1", window.document().name());
        assertEquals("Book1 - AI by Hand", window.stage().getTitle());
    }

    @Test
    void theFormulaBarShowsFormulasWithoutStoragePrefixes(FxRobot robot) throws Exception {
        Document before = window.document();
        robot.interact(() -> window.files().openFile(SharedWorkbooks.get("Temperature.xlsx")));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.document() != before);
        robot.interact(() -> window.current().select(8, 4)); // E9 = LET(T, E4, Z, C9:C13, Z/T)
        String formula = robot.lookup("#formulaBar").queryAs(TextField.class).getText();
        assertEquals("=LET(T,E4,Z,C9:C13,Z/T)", formula.replace(" ", ""));
    }
}
