package org.aibyhand.xlsx;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;

/**
 * A workbook read from an .xlsx file, together with what saving it needs: the file's original bytes (so every
 * part this program does not interpret, such as styles, drawings and charts, can be written back unchanged)
 * and which package part each sheet came from. The original file is not kept open or locked.
 */
public final class LoadedWorkbook {
    private final Workbook workbook;
    private final byte[] packageBytes;
    private final Map<Sheet, String> sheetParts;

    LoadedWorkbook(Workbook workbook, byte[] packageBytes, Map<Sheet, String> sheetParts) {
        this.workbook = Objects.requireNonNull(workbook, "workbook");
        this.packageBytes = packageBytes;
        this.sheetParts = new IdentityHashMap<>(sheetParts);
    }

    /** The engine's workbook: cells, formulas and names as read. */
    public Workbook workbook() {
        return workbook;
    }

    /** The original package, byte for byte; the writer opens a fresh copy of it for every save. */
    byte[] packageBytes() {
        return packageBytes;
    }

    /** The part name (such as {@code /xl/worksheets/sheet1.xml}) a sheet was read from, or null for a new sheet. */
    String partOf(Sheet sheet) {
        return sheetParts.get(sheet);
    }
}
