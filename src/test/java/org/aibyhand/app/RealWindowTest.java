package org.aibyhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.xlsx.XlsxReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The app in a real GTK window under Xvfb, driven with real key and mouse events by xdotool: typing over a number
 * replaces it and every gradient follows, F2 edits in place, Ctrl+Home / Ctrl+End jump, Ctrl+plus zooms, Find
 * finds. Monocle delivers keys differently from a desktop, so these are checked where users meet them.
 */
class RealWindowTest {
    private static final Path LESSON = Path.of("workbooks", "mlp.xlsx");
    private static RealDesktop desktop;

    @BeforeAll
    static void start() throws Exception {
        desktop = new RealDesktop(LESSON);
    }

    @AfterAll
    static void stop() throws Exception {
        if (desktop != null) {
            desktop.close();
        }
    }

    /** The first cell of a named tensor of the lesson. */
    private static String first(Workbook book, String name) {
        String text = book.resolveName(name, null).text();
        return Area.parse(text.substring(text.indexOf('!') + 1).replace("$", "")).topLeft().toA1();
    }

    @Test
    void typingOverAWeightReplacesItAndEveryGradientFollows() throws Exception {
        Workbook expected = XlsxReader.read(LESSON).workbook();
        Calculator calculator = new Calculator(expected);
        calculator.recalculateAll();
        String weight = first(expected, "W_1");
        desktop.click(weight);
        assertEquals(weight, desktop.ask("selected"));
        desktop.type("1.5");
        assertEquals("true", desktop.ask("editing"), "typing starts an edit");
        assertEquals("1.5", desktop.ask("formulaBar"), "the formula bar follows the cell editor");
        desktop.key("Return");
        CellAddress at = CellAddress.parse(weight);
        assertEquals(new NumberValue(1.5).toString(), desktop.ask("value " + weight), "1.5 replaced the weight");
        assertEquals(new CellAddress(at.row() + 1, at.column()).toA1(), desktop.ask("selected"), "Enter moves down");
        assertTrue(desktop.ask("title").startsWith("*"), "the title marks the unsaved change");

        Sheet sheet = expected.sheets().get(0);
        calculator.setValue(sheet, at.row(), at.column(), new NumberValue(1.5));
        Map<String, String> shown = values(desktop.ask("values"));
        int compared = 0;
        for (Cell cell : sheet) {
            if (cell.hasFormula()) {
                String a1 = new CellAddress(cell.row(), cell.column()).toA1();
                assertEquals(cell.value().toString(), shown.get(a1), "every value and gradient after the edit: " + a1);
                compared++;
            }
        }
        assertTrue(compared > 50, "the lesson's formulas were compared: " + compared);

        desktop.click(weight);
        desktop.key("F2");
        assertEquals("true", desktop.ask("editing"), "F2 edits in place");
        desktop.key("BackSpace", "BackSpace", "BackSpace");
        desktop.type("2.25");
        desktop.key("Return");
        assertEquals(new NumberValue(2.25).toString(), desktop.ask("value " + weight), "F2 kept the edit's text");
    }

    @Test
    void ctrlHomeAndCtrlEndJumpCtrlPlusZoomsAndFindFinds() throws Exception {
        Workbook book = XlsxReader.read(LESSON).workbook();
        desktop.click(first(book, "W_2"));
        desktop.key("ctrl+Home");
        assertEquals("A1", desktop.ask("selected"));
        desktop.key("ctrl+End");
        int lastRow = 0;
        int lastColumn = 0;
        for (Cell cell : book.sheets().get(0)) {
            if (!cell.isBlankContent()) {
                lastRow = Math.max(lastRow, cell.row());
                lastColumn = Math.max(lastColumn, cell.column());
            }
        }
        assertEquals(new CellAddress(lastRow, lastColumn).toA1(), desktop.ask("selected"), "Ctrl+End: the used range's corner");
        double zoom = Double.parseDouble(desktop.ask("zoom"));
        desktop.key("ctrl+plus");
        assertEquals(zoom * 1.25, Double.parseDouble(desktop.ask("zoom")), 1e-9, "Ctrl+plus zooms one step");
        desktop.key("ctrl+minus");
        assertEquals(zoom, Double.parseDouble(desktop.ask("zoom")), 1e-9, "Ctrl+minus zooms back");

        desktop.key("ctrl+Home");
        desktop.key("ctrl+f");
        desktop.type("backward");
        desktop.key("Return");
        assertEquals(firstTextAfterA1(book, "backward"), desktop.ask("selected"), "Find goes to the first cell holding it");
        desktop.key("Escape");
        Path shots = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(shots);
        desktop.screenshot(shots.resolve("real-window.png"));
    }

    /** The first cell after A1, in reading order, whose text holds a word (ignoring case). */
    private static String firstTextAfterA1(Workbook book, String word) {
        for (Cell cell : book.sheets().get(0)) {
            if ((cell.row() > 0 || cell.column() > 0) && cell.value() instanceof org.aibyhand.engine.value.TextValue text
                    && text.text().toLowerCase(java.util.Locale.ROOT).contains(word)) {
                return new CellAddress(cell.row(), cell.column()).toA1();
            }
        }
        throw new AssertionError("the lesson has no text with " + word);
    }

    private static Map<String, String> values(String dump) {
        Map<String, String> values = new HashMap<>();
        for (String entry : dump.split("\t")) {
            int space = entry.indexOf(' ');
            if (space > 0) {
                values.put(entry.substring(0, space), entry.substring(space + 1));
            }
        }
        return values;
    }
}
