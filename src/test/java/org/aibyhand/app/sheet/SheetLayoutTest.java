package org.aibyhand.app.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aibyhand.engine.book.format.SheetFormat;
import org.junit.jupiter.api.Test;

/** Where rows and columns land with frozen panes, zoom and scrolling. */
class SheetLayoutTest {

    private static SheetLayout frozen() {
        SheetFormat format = new SheetFormat();
        format.freeze(2, 1);
        format.setColumnWidth(0, 20);
        SheetLayout layout = new SheetLayout(format);
        layout.setViewport(800, 600, 40, 20);
        return layout;
    }

    @Test
    void frozenRowsAndColumnsStayPutWhileTheRestScrolls() {
        SheetLayout layout = frozen();
        double frozenRowY = layout.rowY(1);
        double frozenColumnX = layout.columnX(0);
        double bodyY = layout.rowY(2);
        layout.scrollTo(300, 400);
        assertEquals(frozenRowY, layout.rowY(1));
        assertEquals(frozenColumnX, layout.columnX(0));
        assertEquals(bodyY - 400, layout.rowY(2), 1e-9);
        assertEquals(layout.bodyTop(), layout.rowY(layout.firstScrolledRow()) + (400 - (layout.rows().start(layout.firstScrolledRow()) - layout.rows().start(2))), 1e-9);
        assertEquals(1, layout.rowAt(layout.rowY(1) + 2), "the frozen row under a frozen y");
        assertEquals(layout.firstScrolledRow(), layout.rowAt(layout.bodyTop() + 0.5));
    }

    @Test
    void aJumpNeverLeavesTheCellUnderTheFrozenPanes() {
        SheetLayout layout = frozen();
        layout.scrollTo(0, 5000);
        double[] offsets = layout.scrollToShow(3, 4); // above what is shown: scroll back up
        layout.scrollTo(offsets[0], offsets[1]);
        assertTrue(layout.rowY(3) >= layout.bodyTop(), "row 4 shows below the frozen rows");
        offsets = layout.scrollToShow(2000, 300);
        layout.scrollTo(offsets[0], offsets[1]);
        assertTrue(layout.rowY(2000) >= layout.bodyTop() && layout.rowY(2001) <= layout.height() + 1e-9);
        assertTrue(layout.columnX(300) >= layout.bodyLeft() && layout.columnX(301) <= layout.width() + 1e-9);
    }

    @Test
    void zoomScalesEverySize() {
        SheetLayout layout = frozen();
        double width = layout.columnWidth(3);
        layout.setZoom(2);
        assertEquals(2 * width, layout.columnWidth(3), 1e-9);
    }

    @Test
    void columnWidthsUseExcelsCharacterUnits() {
        assertEquals(64, SheetLayout.pixels(9.140625), "Excel's default column");
        assertEquals(35, SheetLayout.pixels(5.0));
    }
}
