package org.aibyhand.app.sheet;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.drawing.Anchor;
import org.aibyhand.engine.book.drawing.Drawing;
import org.aibyhand.engine.book.drawing.Shape;
import org.aibyhand.xlsx.SharedWorkbooks;
import org.aibyhand.xlsx.XlsxReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Column widths as their author's Excel made them: a shape's anchor names a cell and an offset in it, and its box
 * also carries the same point in EMUs from the sheet's corner, which Excel computed from its own column widths.
 * Our columns must put the anchor within a few pixels of that point, also where the workbook's normal font (Aptos
 * Narrow) is not installed and is drawn with a narrower stand-in.
 */
class ColumnsMatchDrawingsTest {
    private static final double EMU_PER_PIXEL = 9525;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // fonts are measured with JavaFX
    }

    @Test
    void mambasShapesLieWhereTheirColumnsSayInAptosNarrow() throws Exception {
        assertAnchorsAgree("Mamba.xlsx");
    }

    @Test
    void backpropagationsShapesLieWhereTheirColumnsSayInArial() throws Exception {
        assertAnchorsAgree("Backpropgation.xlsx");
    }

    private static void assertAnchorsAgree(String workbook) throws Exception {
        List<String> off = new ArrayList<>();
        int checked = 0;
        for (Sheet sheet : XlsxReader.read(SharedWorkbooks.get(workbook)).workbook().sheets()) {
            SheetLayout layout = SheetLayout.unfrozen(sheet.format(), DigitWidth.of(sheet));
            for (Drawing drawing : sheet.format().drawings()) {
                if (!(drawing.anchor() instanceof Anchor.TwoCell anchor) || !(drawing.object() instanceof Shape shape)
                        || shape.transform().width() == 0) {
                    continue;
                }
                double ours = layout.columnX(anchor.from().column()) + anchor.from().columnOffsetEmu() / EMU_PER_PIXEL;
                double excels = shape.transform().x() / EMU_PER_PIXEL;
                checked++;
                if (Math.abs(ours - excels) > Math.max(3, 0.01 * excels)) {
                    off.add(shape.name() + " at column " + anchor.from().column() + ": " + Math.round(ours) + " px, Excel "
                            + Math.round(excels) + " px");
                }
            }
        }
        assertTrue(checked > 0, "no shape with a box in " + workbook);
        assertTrue(off.isEmpty(), checked + " shapes checked in " + workbook + "; off: " + off);
    }
}
