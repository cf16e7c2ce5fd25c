package org.aibyhand.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes minimal .xlsx packages from XML text, so a test can build exactly the malformed input it needs. */
final class HandMadePackages {
    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private HandMadePackages() {
    }

    /** A worksheet with the given rows in its sheetData. */
    static String sheet(String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows
                + "</sheetData></worksheet>";
    }

    /** A one-sheet workbook whose worksheet is {@code sheetXml}, with {@code definedNames} (XML, may be empty). */
    static void write(Path file, String sheetXml, String definedNames) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "</Types>");
        entries.put("_rels/.rels", relationships("officeDocument", "xl/workbook.xml"));
        entries.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN + "\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                + (definedNames.isEmpty() ? "" : "<definedNames>" + definedNames + "</definedNames>") + "</workbook>");
        entries.put("xl/_rels/workbook.xml.rels", relationships("worksheet", "worksheets/sheet1.xml"));
        entries.put("xl/worksheets/sheet1.xml", sheetXml);
        zip(file, entries);
    }

    /** A zip of the given entries, in order. */
    static void zip(Path file, Map<String, String> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    private static String relationships(String type, String target) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + type + "\" Target=\"" + target + "\"/></Relationships>";
    }
}
