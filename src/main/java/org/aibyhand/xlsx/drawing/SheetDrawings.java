package org.aibyhand.xlsx.drawing;

import java.util.List;
import org.aibyhand.engine.book.drawing.Drawing;
import org.aibyhand.engine.book.format.SheetFormat;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;

/**
 * Reads a worksheet's drawing layer into its {@link SheetFormat#drawings()}, leniently: a drawing part or
 * object that does not parse is left out and never stops the load. The parts themselves stay in the package
 * untouched, so saving keeps them as they were.
 */
public final class SheetDrawings {
    static final String DRAWING_RELATION = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";

    private SheetDrawings() {
    }

    /** Adds the drawings of the worksheet in {@code worksheetPart} to {@code format}. */
    public static void read(PackagePart worksheetPart, SheetFormat format) {
        DrawingTheme theme = null;
        try {
            for (PackageRelationship relation : worksheetPart.getRelationshipsByType(DRAWING_RELATION)) {
                try {
                    PackagePart part = worksheetPart.getRelatedPart(relation);
                    if (part == null) {
                        continue;
                    }
                    theme = theme != null ? theme : DrawingTheme.of(worksheetPart.getPackage());
                    List<Drawing> drawings = AnchorReader.read(part, theme);
                    format.drawings().addAll(drawings);
                } catch (Exception unreadable) {
                    // this part is skipped; the sheet's other drawing parts still load
                }
            }
        } catch (Exception noRelationships) {
            // a sheet whose relationships cannot be read has no drawings for us
        }
    }
}
