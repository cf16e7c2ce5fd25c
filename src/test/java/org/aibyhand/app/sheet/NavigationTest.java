package org.aibyhand.app.sheet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.SheetLimits;
import org.aibyhand.engine.value.NumberValue;
import org.junit.jupiter.api.Test;

/** Ctrl+arrow and Ctrl+End as Excel moves. */
class NavigationTest {

    /** Rows 2-4 of column B filled, a gap, then B8; column D holds D3 only. */
    private static Sheet sheet() {
        Workbook book = new Workbook();
        Sheet sheet = book.addSheet("S");
        Calculator calculator = new Calculator(book);
        for (int row : new int[] {1, 2, 3, 7}) {
            calculator.setValue(sheet, row, 1, new NumberValue(row));
        }
        calculator.setValue(sheet, 2, 3, new NumberValue(9));
        return sheet;
    }

    @Test
    void ctrlDownGoesToTheEndOfTheBlockThenToTheNextBlockThenToTheSheetsEdge() {
        Sheet sheet = sheet();
        assertArrayEquals(new int[] {3, 1}, Navigation.dataEdge(sheet, 1, 1, 1, 0), "end of the filled block");
        assertArrayEquals(new int[] {7, 1}, Navigation.dataEdge(sheet, 3, 1, 1, 0), "the next filled cell after the gap");
        assertArrayEquals(new int[] {SheetLimits.ROWS - 1, 1}, Navigation.dataEdge(sheet, 7, 1, 1, 0), "nothing below: the last row");
        assertArrayEquals(new int[] {1, 1}, Navigation.dataEdge(sheet, 0, 1, 1, 0), "from above the block: its first cell");
    }

    @Test
    void ctrlRightAndLeftStayInTheirRowAndStopAtTheSheetsEdges() {
        Sheet sheet = sheet();
        assertArrayEquals(new int[] {2, 3}, Navigation.dataEdge(sheet, 2, 1, 0, 1), "over the gap to D3");
        assertArrayEquals(new int[] {2, SheetLimits.COLUMNS - 1}, Navigation.dataEdge(sheet, 2, 3, 0, 1));
        assertArrayEquals(new int[] {2, 0}, Navigation.dataEdge(sheet, 2, 1, 0, -1), "nothing left of B3: column A");
        assertArrayEquals(new int[] {0, 1}, Navigation.dataEdge(sheet, 1, 1, -1, 0), "nothing above B2: row 1");
    }

    @Test
    void ctrlEndGoesToTheCornerOfTheUsedRange() {
        assertArrayEquals(new int[] {7, 3}, Navigation.lastCell(sheet()));
    }
}
