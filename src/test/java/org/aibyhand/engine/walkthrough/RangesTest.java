package org.aibyhand.engine.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.aibyhand.engine.book.DefinedName;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.formula.FormulaParser;
import org.aibyhand.engine.formula.FormulaSyntaxException;
import org.aibyhand.engine.value.ReferenceValue;
import org.junit.jupiter.api.Test;

/** Ranges typed into a dialog, on a workbook with the sheets Data, 'My Sheet' and Third. */
class RangesTest {
    private final Workbook book = new Workbook();
    private final Sheet data = book.addSheet("Data");
    private final Sheet mine = book.addSheet("My Sheet");
    private final Sheet third = book.addSheet("Third");

    RangesTest() throws FormulaSyntaxException {
        define("weights", null, "Data!$B$2:$D$4");
        define("weights", mine, "'My Sheet'!$A$1:$A$2"); // the sheet's own wins there
        define("loss", null, "Third!$F$9");
        define("rate", null, "0.1");
        define("double", null, "LAMBDA(x,x*2)");
    }

    private void define(String name, Sheet scope, String text) throws FormulaSyntaxException {
        book.defineName(new DefinedName(name, scope, text, FormulaParser.parse(text, 0, 0), false));
    }

    private static ReferenceValue ref(int sheet, int top, int left, int bottom, int right) {
        return new ReferenceValue(sheet, top, left, bottom, right);
    }

    @Test
    void addressesOnTheCurrentSheet() {
        assertEquals(ref(1, 0, 0, 0, 0), Ranges.resolve(book, mine, "A1"));
        assertEquals(ref(0, 0, 0, 2, 1), Ranges.resolve(book, data, "A1:B3"));
        assertEquals(ref(0, 0, 0, 2, 1), Ranges.resolve(book, data, "B3:A1"));
        assertEquals(ref(0, 0, 0, 2, 1), Ranges.resolve(book, data, "$A$1:B$3"));
        assertEquals(ref(2, 6, 25, 6, 25), Ranges.resolve(book, third, " =z7 "));
        assertEquals(ref(0, 4, 2, 4, 2), Ranges.resolve(book, null, "C5")); // no current sheet: the first
    }

    @Test
    void addressesOnNamedSheets() {
        assertEquals(ref(2, 0, 0, 0, 0), Ranges.resolve(book, data, "Third!A1"));
        assertEquals(ref(1, 0, 0, 1, 1), Ranges.resolve(book, data, "'My Sheet'!A1:B2"));
        assertEquals(ref(1, 0, 0, 1, 1), Ranges.resolve(book, data, "'my sheet'!$A$1:$B$2"));
    }

    @Test
    void namesSheetScopeBeforeWorkbookScope() {
        assertEquals(ref(0, 1, 1, 3, 3), Ranges.resolve(book, data, "weights"));
        assertEquals(ref(1, 0, 0, 1, 0), Ranges.resolve(book, mine, "WEIGHTS"));
        assertEquals(ref(1, 0, 0, 1, 0), Ranges.resolve(book, data, "'My Sheet'!weights"));
        assertEquals(ref(2, 8, 5, 8, 5), Ranges.resolve(book, mine, "loss"));
    }

    @Test
    void anythingElseIsExplainedToTheUser() {
        assertMessage("No cell, range or name called 'nothing'", "nothing");
        assertMessage("No cell, range or name called 'A1+1'", "A1+1");
        assertMessage("No cell, range or name called 'A1:'", "A1:");
        assertMessage("No cell, range or name called ''", "");
        assertMessage("No sheet called 'Missing'", "Missing!A1");
        assertMessage("The name 'rate' does not refer to a cell or range", "rate");
        assertMessage("The name 'double' does not refer to a cell or range", "double");
    }

    private void assertMessage(String message, String text) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> Ranges.resolve(book, data, text));
        assertEquals(message, thrown.getMessage());
    }
}
