package org.aibyhand.engine.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Value;
import org.junit.jupiter.api.Test;

/** Cells keep their numbers in the workbook's dense store and every other value beside it. */
class NumberStoreTest {

    @Test
    void everyKindOfValueReadsBackAsItWasPut() {
        Sheet sheet = new Workbook().addSheet("S");
        Cell cell = sheet.cellForWrite(3, 4);
        assertEquals(EmptyValue.INSTANCE, cell.value());
        for (Value value : new Value[] {new NumberValue(2.5), new TextValue("2.5"), BooleanValue.TRUE, ErrorValue.DIV0,
                new NumberValue(-0.0), EmptyValue.INSTANCE, new NumberValue(1e308)}) {
            cell.setValue(value);
            assertEquals(value, cell.value());
            double expected = value instanceof NumberValue number ? number.value() : Double.NaN;
            assertEquals(expected, cell.number(), 0.0, () -> "the number of " + value);
        }
    }

    @Test
    void cellsOfEverySheetHaveSlotsOfTheirOwn() {
        Workbook book = new Workbook();
        Cell a = book.addSheet("A").cellForWrite(0, 0);
        Cell b = book.addSheet("B").cellForWrite(0, 0);
        assertNotEquals(a.slot(), b.slot());
        a.setValue(new NumberValue(1));
        b.setValue(new NumberValue(2));
        assertEquals(new NumberValue(1), a.value());
        assertEquals(2.0, book.numbers().array()[b.slot()]);
    }

    @Test
    void aDiscardedCellsSlotIsReusedAndStartsBlank() {
        Sheet sheet = new Workbook().addSheet("S");
        Cell old = sheet.cellForWrite(0, 0);
        old.setValue(new NumberValue(42));
        int slot = old.slot();
        old.setValue(EmptyValue.INSTANCE);
        sheet.discardIfUnused(old);
        assertNull(sheet.cell(0, 0));
        Cell next = sheet.cellForWrite(5, 5);
        assertEquals(slot, next.slot());
        assertEquals(EmptyValue.INSTANCE, next.value());
        assertTrue(Double.isNaN(next.number()));
    }

    @Test
    void theStoreGrowsPastItsFirstCapacityKeepingEveryNumber() {
        Sheet sheet = new Workbook().addSheet("S");
        for (int i = 0; i < 10_000; i++) {
            sheet.cellForWrite(i, 0).setValue(new NumberValue(i * 0.5));
        }
        for (int i = 0; i < 10_000; i++) {
            assertEquals(new NumberValue(i * 0.5), sheet.value(i, 0));
        }
    }
}
