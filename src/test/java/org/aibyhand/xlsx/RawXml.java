package org.aibyhand.xlsx;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRow;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument;

/** Looks straight at the XML of a saved file, for facts the engine's model does not show. */
final class RawXml {
    private RawXml() {
    }

    /** The text of a part, or null if the package has no such entry. */
    static String part(Path file, String name) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            return entry == null ? null : new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static byte[] bytes(Path file, String name) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getInputStream(zip.getEntry(name)).readAllBytes();
        }
    }

    /** The {@code <c>} element at {@code a1} in a worksheet part, or null. */
    static CTCell cell(Path file, String sheetPart, String a1) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(zip.getEntry(sheetPart))) {
            for (CTRow row : WorksheetDocument.Factory.parse(in).getWorksheet().getSheetData().getRowArray()) {
                for (CTCell cell : row.getCArray()) {
                    if (a1.equals(cell.getR())) {
                        return cell;
                    }
                }
            }
            return null;
        }
    }
}
