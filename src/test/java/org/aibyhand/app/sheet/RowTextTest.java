package org.aibyhand.app.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.book.format.CellStyle;
import org.aibyhand.engine.eval.CellLook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Text running on into empty neighbours, as Excel lays it out, with 7-pixel characters. */
class RowTextTest {
    private Workbook book;
    private Sheet sheet;
    private Calculator calculator;
    private SheetLayout layout;

    @BeforeEach
    void sheet() {
        book = new Workbook();
        sheet = book.addSheet("S");
        calculator = new Calculator(book);
    }

    private List<TextItem> row(int row) {
        layout = SheetLayout.unfrozen(sheet.format());
        layout.setViewport(2000, 500, 0, 0);
        Merges merges = Merges.within(sheet.format().merged(), row, row);
        return new RowText(plainCells(sheet), layout, CellTextTest.SEVEN, merges).layout(row, 0, 10, 0, 16383, new HashSet<>());
    }

    /** A sheet's cells as they are, in their own styles, with no conditional formats. */
    static CellSource plainCells(Sheet sheet) {
        return new CellSource() {
            @Override
            public Sheet sheet() {
                return sheet;
            }

            @Override
            public CellLook look(int r, int c) {
                return new CellLook(sheet.format().style(r, c), null);
            }
        };
    }

    private void text(int row, int column, String text) {
        calculator.setValue(sheet, row, column, new TextValue(text));
    }

    /** The columns a text's span covers, as [first, last]. */
    private int[] columns(TextItem item) {
        return new int[] {layout.columnAt(item.left() + 1), layout.columnAt(item.right() - 1)};
    }

    @Test
    void leftAlignedTextRunsRightUntilTheFirstFilledCell() {
        text(0, 0, "a label far wider than one column of sixty-four pixels, and wider than two"); // A1
        calculator.setValue(sheet, 0, 3, new NumberValue(5)); // D1 stops it
        List<TextItem> items = row(0);
        assertEquals(2, items.size());
        TextItem label = items.get(0);
        assertEquals(0, columns(label)[0]);
        assertEquals(2, columns(label)[1], "runs over B1 and C1, stops before D1");
        assertTrue(label.overflowing());
    }

    @Test
    void rightAlignedTextRunsLeftAndCentredTextBothWays() {
        text(1, 4, "right-aligned text wider than its column");
        sheet.format().setStyle(1, 4, CellStyle.DEFAULT.withHorizontal(CellStyle.Horizontal.RIGHT));
        text(3, 4, "centred text a good deal wider than its column");
        sheet.format().setStyle(3, 4, CellStyle.DEFAULT.withHorizontal(CellStyle.Horizontal.CENTER));
        int[] right = columns(row(1).get(0));
        assertTrue(right[0] < 4 && right[1] == 4, "runs left only: " + right[0] + ".." + right[1]);
        int[] centre = columns(row(3).get(0));
        assertTrue(centre[0] < 4 && centre[1] > 4, "runs both ways: " + centre[0] + ".." + centre[1]);
    }

    @Test
    void aFormulaShowingNothingStillStopsTheText() {
        text(0, 0, "a label far wider than one column");
        calculator.setFormula(sheet, 0, 1, org.aibyhand.engine.book.Formula.parse("=\"\"", 0, 1, org.aibyhand.engine.book.FormulaKind.PLAIN));
        assertEquals(0, columns(row(0).get(0))[1], "an empty-looking formula cell is not empty");
    }

    @Test
    void numbersWrappedAndMergedTextStayInTheirCells() {
        calculator.setValue(sheet, 0, 0, new NumberValue(123456789012.0));
        text(1, 0, "wrapped text wider than its column");
        sheet.format().setStyle(1, 0, CellStyle.DEFAULT.withWrap(true));
        text(2, 0, "merged text wider than the merge");
        sheet.format().merged().add(new Area(2, 0, 2, 1));
        assertEquals(0, columns(row(0).get(0))[1]);
        TextItem wrapped = row(1).get(0);
        assertEquals(0, columns(wrapped)[1]);
        assertTrue(wrapped.lines().size() > 1, "wrapped into lines");
        assertEquals(1, columns(row(2).get(0))[1], "a merged cell's text uses the merge and no more");
    }

    @Test
    void coveredEdgesAreRecordedSoNoGridlineCutsTheText() {
        text(0, 0, "a label far wider than one column of sixty-four pixels");
        layout = SheetLayout.unfrozen(sheet.format());
        layout.setViewport(2000, 500, 0, 0);
        Set<Long> covered = new HashSet<>();
        CellSource source = new CellSource() {
            @Override
            public Sheet sheet() {
                return sheet;
            }

            @Override
            public CellLook look(int r, int c) {
                return new CellLook(sheet.format().style(r, c), null);
            }
        };
        new RowText(source, layout, CellTextTest.SEVEN, Merges.within(List.of(), 0, 0)).layout(0, 0, 10, 0, 100, covered);
        assertTrue(covered.contains(RowText.edge(0, 0)) && covered.contains(RowText.edge(0, 1)));
        assertTrue(!covered.contains(RowText.edge(0, 9)));
    }
}
