package org.aibyhand.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aibyhand.engine.ref.A1;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;
import org.junit.jupiter.api.Test;

/** The saved results of formula cells, read as they are stored, agree with what POI's own model reads. */
class FormulaResultsTest {

    @Test
    void everyFormulaResultOfTheGivenWorkbooksIsWhatExcelSaved() throws Exception {
        for (Path file : SharedWorkbooks.all()) {
            Map<String, Value> read = new LinkedHashMap<>();
            FormulaResults.forEach(file, (sheet, row, column, saved) ->
                    read.put(sheet + "!" + A1.columnName(column) + (row + 1), saved));
            Map<String, Value> excel = ExcelCachedValues.read(file);
            assertFalse(read.isEmpty(), file.toString());
            for (Map.Entry<String, Value> cell : read.entrySet()) {
                assertTrue(excel.containsKey(cell.getKey()), file.getFileName() + " " + cell.getKey());
                assertEquals(excel.get(cell.getKey()), cell.getValue(), file.getFileName() + " " + cell.getKey());
            }
        }
    }

    @Test
    void numbersMatchWithinARelativeBillionth() {
        assertTrue(FormulaResults.matches(Values.number(1e6), Values.number(1e6 + 1e-4)));
        assertFalse(FormulaResults.matches(Values.number(1e6), Values.number(1e6 + 1e-2)));
        assertFalse(FormulaResults.matches(Values.number(0), Values.number(1e-20)), "relative, so nothing is close to 0");
        assertFalse(FormulaResults.matches(Values.number(1), new TextValue("1")));
    }

    @Test
    void valuesAreShownInFull() {
        assertEquals("0.1234567890123", FormulaResults.show(Values.number(0.1234567890123)));
        assertEquals("\"CORRECT\"", FormulaResults.show(new TextValue("CORRECT")));
        assertEquals("nothing", FormulaResults.show(null));
    }
}
