package org.aibyhand.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.book.WorkbookCopy;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.value.NumberValue;
import org.junit.jupiter.api.Test;

/**
 * On every given workbook, numeric constants edited one after another: after each edit the incrementally updated
 * workbook equals a copy of it recalculated in full. The edit recomputes only what the graph says it affects (for
 * formulas with run-time references, what they read last time), the full recalculation runs the compiled program.
 */
class GivenWorkbookEditsTest {
    private static final int EDITS_PER_WORKBOOK = 40;

    @Test
    void everyEditMatchesAFullRecalculation() throws Exception {
        for (Path file : SharedWorkbooks.all()) {
            Workbook book = XlsxReader.read(file).workbook();
            Calculator calculator = new Calculator(book);
            calculator.recalculateAll();
            List<Cell> constants = new ArrayList<>();
            for (Sheet sheet : book.sheets()) {
                for (Cell cell : sheet) {
                    if (!cell.hasFormula() && cell.spillAnchor() == null && cell.value() instanceof NumberValue) {
                        constants.add(cell);
                    }
                }
            }
            int step = Math.max(1, constants.size() / EDITS_PER_WORKBOOK);
            for (int i = 0; i < constants.size(); i += step) {
                Cell cell = constants.get(i);
                double before = ((NumberValue) cell.value()).value();
                calculator.setValue(cell.sheet(), cell.row(), cell.column(), new NumberValue(before * 1.5 + 0.25));
                Workbook full = WorkbookCopy.of(book);
                new Calculator(full).recalculateAll();
                String where = file.getFileName() + " after editing " + cell.sheet().name() + "!" + cell.address();
                assertSameValues(book, full, where);
            }
        }
    }

    private static void assertSameValues(Workbook edited, Workbook full, String where) {
        for (Sheet sheet : edited.sheets()) {
            Sheet other = full.sheet(sheet.index());
            for (Cell cell : sheet) {
                if (cell.hasFormula() || cell.spillAnchor() != null) {
                    assertEquals(other.value(cell.row(), cell.column()), cell.value(),
                            () -> where + ": " + sheet.name() + "!" + cell.address());
                }
            }
        }
    }
}
