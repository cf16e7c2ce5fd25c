package org.aibyhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.formula.FormulaParser;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.xlsx.XlsxWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A file opened in the window shows the values it cached at once and the engine's own when it has computed them
 * in the background; an edit made meanwhile waits for the engine and is not lost.
 */
@ExtendWith(ApplicationExtension.class)
class ComputingLaterTest {
    @TempDir
    Path temp;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, Document.create(WelcomeWorkbook.create(), "Neuron"));
        stage.show();
    }

    /** A1 = 2, B1 = A1*3 whose cached value is a stale 99, as a file saved by a tool that did not recompute. */
    private Path staleFile() throws Exception {
        Workbook book = new Workbook();
        Sheet sheet = book.addSheet("Data");
        sheet.cellForWrite(0, 0).setValue(new NumberValue(2));
        sheet.cellForWrite(0, 1).setFormula(new Formula(FormulaParser.parse("A1*3", 0, 1), "A1*3", FormulaKind.PLAIN, null, null));
        sheet.cellForWrite(0, 1).setValue(new NumberValue(99));
        Path file = temp.resolve("stale.xlsx");
        XlsxWriter.write(book, null, file);
        return file;
    }

    @Test
    void theDocumentIsComputedInTheBackgroundAndThenHoldsTheEnginesValues() throws Exception {
        Document document = Document.openComputingLater(staleFile());
        document.computed().get(30, TimeUnit.SECONDS);
        assertTrue(document.isComputed());
        assertEquals(new NumberValue(6), document.workbook().sheet("Data").cell(0, 1).value());
    }

    @Test
    void aFileReadHoldsTheResultsItCachedUntilTheEngineComputesThem() throws Exception {
        var read = org.aibyhand.xlsx.XlsxReader.read(staleFile(), true).workbook().sheet("Data").cell(0, 1);
        assertTrue(read.hasFormula());
        assertEquals(new NumberValue(99), read.value(), "what the window paints first");
    }

    @Test
    void savingAtOnceSavesTheEnginesValuesNotTheStaleOnes() throws Exception {
        Document document = Document.openComputingLater(staleFile());
        Path saved = temp.resolve("saved.xlsx");
        document.write(saved); // straight away, the computation may still be running
        assertEquals(new NumberValue(6), org.aibyhand.xlsx.XlsxReader.read(saved, true).workbook().sheet("Data").cell(0, 1).value(),
                "the value cached in the saved file");
    }

    @Test
    void theWindowShowsTheEnginesValueOnceComputedAndAnEditMeanwhileIsKept(FxRobot robot) throws Exception {
        Path file = staleFile();
        Document before = window.document();
        robot.interact(() -> window.files().openFile(file));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.document() != before);
        Document opened = window.document();
        robot.interact(() -> window.edited(window.current(), opened.enter(window.current().sheet(), 0, 0, "5")));
        opened.computed().get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("15", window.current().shownText(0, 1), "B1 = A1*3 after the edit of A1 to 5");
        assertTrue(opened.isModified());
    }
}
