package org.aibyhand.engine.book.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Column runs split and replace one another as a file's {@code <col>} elements would; styles fall back as in Excel. */
class SheetFormatTest {

    @Test
    void aRunInsideAnotherSplitsIt() {
        ColumnRuns<String> runs = new ColumnRuns<>();
        runs.set(1, 16_383, "wide");
        runs.set(5, 7, "narrow");
        assertEquals(List.of(new ColumnRuns.Run<>(1, 4, "wide"), new ColumnRuns.Run<>(5, 7, "narrow"),
                new ColumnRuns.Run<>(8, 16_383, "wide")), runs.runs());
        assertNull(runs.get(0));
        assertEquals("wide", runs.get(4));
        assertEquals("narrow", runs.get(6));
        assertEquals("wide", runs.get(16_383));
    }

    @Test
    void aRunOverSeveralReplacesThemAndNullClears() {
        ColumnRuns<Integer> runs = new ColumnRuns<>();
        runs.set(0, 2, 1);
        runs.set(3, 5, 2);
        runs.set(6, 9, 3);
        runs.set(2, 7, 4);
        assertEquals(List.of(new ColumnRuns.Run<>(0, 1, 1), new ColumnRuns.Run<>(2, 7, 4), new ColumnRuns.Run<>(8, 9, 3)),
                runs.runs());
        runs.set(0, 8, null);
        assertEquals(List.of(new ColumnRuns.Run<>(9, 9, 3)), runs.runs());
    }

    @Test
    void aCellWithoutItsOwnStyleTakesItsRowsThenItsColumns() {
        SheetFormat format = new SheetFormat();
        CellStyle row = CellStyle.DEFAULT.withWrap(true);
        CellStyle column = CellStyle.DEFAULT.withFill(Rgb.WHITE);
        CellStyle own = CellStyle.DEFAULT.withNumberFormat("0.0");
        format.setColumnStyle(2, 16_383, column);
        format.setRowStyle(4, row);
        format.setStyle(4, 3, own);
        assertEquals(own, format.style(4, 3));
        assertEquals(row, format.style(4, 2));
        assertEquals(column, format.style(0, 2));
        assertEquals(CellStyle.DEFAULT, format.style(0, 1));
        format.setColumnWidth(1, 3, 5.5);
        assertEquals(5.5, format.columnWidth(2), 0);
        assertEquals(9.140625, format.columnWidth(4), 0);
    }
}
