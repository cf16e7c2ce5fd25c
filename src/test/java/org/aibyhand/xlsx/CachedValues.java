package org.aibyhand.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.ref.A1;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.CellAddress;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRow;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheetData;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellFormulaType;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument;

/**
 * Makes a copy of a workbook without the values Excel computed: every formula cell loses its cached
 * {@code <v>}, every non-anchor cell of an array or spill range loses its value. Whatever a program then shows
 * for those cells it computed itself. Works on the package XML directly, independent of the reader under test.
 */
public final class CachedValues {
    private CachedValues() {
    }

    public static void strip(Path in, Path out) throws Exception {
        OPCPackage pkg;
        try (InputStream bytes = Files.newInputStream(in)) {
            pkg = OPCPackage.open(bytes);
        }
        try {
            for (PackagePart part : pkg.getPartsByContentType(Ooxml.WORKSHEET_TYPE)) {
                PackagePartName name = part.getPartName();
                WorksheetDocument doc;
                try (InputStream xml = part.getInputStream()) {
                    doc = WorksheetDocument.Factory.parse(xml);
                }
                CTSheetData data = doc.getWorksheet().getSheetData();
                if (data != null) {
                    strip(data);
                }
                try (OutputStream xml = pkg.getPart(name).getOutputStream()) {
                    doc.save(xml);
                }
            }
            try (OutputStream file = Files.newOutputStream(out)) {
                pkg.save(file);
            }
        } finally {
            pkg.revert();
        }
    }

    private static void strip(CTSheetData data) {
        List<Area> arrays = new ArrayList<>();
        for (CTRow row : data.getRowArray()) {
            for (CTCell cell : row.getCArray()) {
                if (cell.isSetF() && cell.getF().getT() == STCellFormulaType.ARRAY && cell.getF().isSetRef()) {
                    arrays.add(Area.parse(cell.getF().getRef()));
                }
            }
        }
        for (CTRow row : data.getRowArray()) {
            for (CTCell cell : row.getCArray()) {
                CellAddress at = A1.parseCell(cell.getR());
                boolean member = arrays.stream().anyMatch(a -> a.contains(at.row(), at.column())
                        && !(a.top() == at.row() && a.left() == at.column()));
                if (cell.isSetF() || member) {
                    if (cell.isSetV()) {
                        cell.unsetV();
                    }
                    if (cell.isSetIs()) {
                        cell.unsetIs();
                    }
                    if (cell.isSetT()) {
                        cell.unsetT();
                    }
                }
            }
        }
    }
}
