package org.aibyhand.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.aibyhand.engine.book.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A drawing part or object that does not parse is left out; the workbook still loads, cells and all. */
class DrawingLeniencyTest {
    @TempDir
    Path temp;

    @Test
    void aDrawingPartThatIsNotXmlCostsOnlyItsDrawings() throws Exception {
        Path source = SharedWorkbooks.get("Mamba.xlsx");
        Path broken = temp.resolve("broken.xlsx");
        Zips.replaceEntry(source, broken, "xl/drawings/drawing1.xml", "<xdr:wsDr><not closed");
        Workbook book = XlsxReader.read(broken).workbook();
        Workbook original = XlsxReader.read(source).workbook();
        assertTrue(book.sheets().stream().allMatch(sheet -> sheet.format().drawings().isEmpty()));
        assertEquals(original.sheet(0).cellCount(), book.sheet(0).cellCount());
    }

    @Test
    void anObjectWithBrokenNumbersOrAnUnknownKindIsSkippedAndItsNeighboursRead() throws Exception {
        Path source = SharedWorkbooks.get("Mamba.xlsx");
        String xml = org.aibyhand.xlsx.drawing.RawDrawings.part(source, "xl/drawings/drawing1.xml");
        String damaged = xml.replaceFirst("<xdr:col>9</xdr:col>", "<xdr:col>nine</xdr:col>")
                .replaceFirst("<xdr:sp macro=\"\" textlink=\"\">", "<xdr:mystery>")
                .replaceFirst("</xdr:sp><xdr:clientData/>", "</xdr:mystery><xdr:clientData/>");
        Path broken = temp.resolve("damaged.xlsx");
        Zips.replaceEntry(source, broken, "xl/drawings/drawing1.xml", damaged);
        Workbook book = XlsxReader.read(broken).workbook();
        int drawn = book.sheets().stream().mapToInt(sheet -> sheet.format().drawings().size()).sum();
        assertEquals(7, drawn, "the unknown object is skipped, the other seven are read");
        assertFalse(book.sheets().isEmpty());
    }

    @Test
    void aHiddenObjectIsNotShown() throws Exception {
        Path source = SharedWorkbooks.get("Mamba.xlsx");
        String xml = org.aibyhand.xlsx.drawing.RawDrawings.part(source, "xl/drawings/drawing1.xml");
        String hidden = xml.replaceFirst("name=\"Freeform 3\"", "name=\"Freeform 3\" hidden=\"1\"");
        Path file = temp.resolve("hidden.xlsx");
        Zips.replaceEntry(source, file, "xl/drawings/drawing1.xml", hidden);
        Workbook book = XlsxReader.read(file).workbook();
        assertEquals(7, book.sheet(0).format().drawings().size());
        assertTrue(book.sheet(0).format().drawings().stream().noneMatch(d -> d.object().name().equals("Freeform 3")));
    }

    @Test
    void anAnchorWrappedInAlternateContentIsReadFromItsFallback() throws Exception {
        Path source = SharedWorkbooks.get("Mamba.xlsx");
        String xml = org.aibyhand.xlsx.drawing.RawDrawings.part(source, "xl/drawings/drawing1.xml");
        int start = xml.indexOf("<xdr:twoCellAnchor>");
        int end = xml.indexOf("</xdr:twoCellAnchor>") + "</xdr:twoCellAnchor>".length();
        String anchor = xml.substring(start, end);
        String wrapped = xml.substring(0, start) + "<mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/"
                + "markup-compatibility/2006\"><mc:Choice Requires=\"a14\">" + anchor.replace("Freeform 3", "In Choice")
                + "</mc:Choice><mc:Fallback>" + anchor + "</mc:Fallback></mc:AlternateContent>" + xml.substring(end);
        Path file = temp.resolve("wrapped.xlsx");
        Zips.replaceEntry(source, file, "xl/drawings/drawing1.xml", wrapped);
        Workbook book = XlsxReader.read(file).workbook();
        assertEquals(8, book.sheet(0).format().drawings().size());
        assertEquals("Freeform 3", book.sheet(0).format().drawings().get(0).object().name());
    }
}
