package org.aibyhand.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument;

/**
 * Reads one worksheet part in a single streaming pass: the cells of {@code <sheetData>} go straight into the
 * engine's sheet, and everything else (columns, merges, views, conditional formats: small however large the
 * sheet) is copied into a worksheet without data that the formatting reader then reads as a document.
 */
final class WorksheetStream {
    private WorksheetStream() {
    }

    /** Reads the part into {@code cells} and the sheet's formatting; returns the worksheet without its data. */
    static CTWorksheet read(InputStream part, SheetReader cells, SheetFormatReader.RowsAndCells formats)
            throws IOException, XMLStreamException, WorkbookFormatException {
        ByteArrayOutputStream skeleton = new ByteArrayOutputStream();
        XMLStreamReader in = StreamingXml.reader(part);
        try (Writer out = new OutputStreamWriter(skeleton, StandardCharsets.UTF_8)) {
            XmlCopier copier = new XmlCopier(out);
            int depth = 0;
            while (in.hasNext()) {
                int type = in.next();
                if (type == XMLStreamConstants.START_ELEMENT && depth == 1 && in.getLocalName().equals("sheetData")) {
                    copier.event(in);
                    cells.read(in, formats);
                    copier.event(in); // its end tag
                    continue;
                }
                depth += type == XMLStreamConstants.START_ELEMENT ? 1 : type == XMLStreamConstants.END_ELEMENT ? -1 : 0;
                copier.event(in);
            }
        } finally {
            in.close();
        }
        try {
            return WorksheetDocument.Factory.parse(new ByteArrayInputStream(skeleton.toByteArray()), Ooxml.options())
                    .getWorksheet();
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new XMLStreamException("the worksheet does not follow the standard: " + e.getMessage(), e);
        }
    }
}
