package org.aibyhand.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.book.format.Rgb;
import org.aibyhand.engine.book.format.RichText;
import org.aibyhand.engine.value.TextValue;
import org.junit.jupiter.api.Test;

/** Rich-text runs of shared strings reach the sheet's format, each with what its properties say. */
class RichTextReadingTest {
    @Test
    void theLinearLayerLabelsKeepTheirSubscripts() throws Exception {
        Workbook book = XlsxReader.read(SharedWorkbooks.get("W3_Linear-Layer.xlsx")).workbook();
        int rich = 0;
        for (Sheet sheet : book.sheets()) {
            for (Cell cell : sheet) {
                RichText runs = sheet.format().richText(cell.row(), cell.column());
                if (runs == null) {
                    continue;
                }
                rich++;
                assertEquals(((TextValue) cell.value()).text(), runs.text(), "the runs spell the cell's text");
                RichText.Run last = runs.runs().get(runs.runs().size() - 1);
                assertNotNull(last.font(), cell.address() + ": the subscript run has properties");
                assertEquals(-1, last.font().baseline(), cell.address() + " " + runs.text());
                assertEquals(14.0, last.font().sizePoints(), cell.address());
                assertEquals(Rgb.BLACK, last.font().color(), "theme colour 1 (dark 1) and FF000000 are black");
                assertNull(runs.runs().get(0).font(), "the letter before it has no properties: the cell's font");
            }
        }
        // the file's shared-string table has 12 runs in 6 items; how many cells use them is the sheet's business
        org.junit.jupiter.api.Assertions.assertTrue(rich >= 6, "cells with subscripted labels: " + rich);
    }
}
