package org.aibyhand.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;

/** The workbook's shared-string table as plain text; rich-text formatting is the styles' business, not ours. */
final class SharedStrings {
    private static final String[] NONE = new String[0];

    private SharedStrings() {
    }

    /** @throws XMLStreamException when the table is not well-formed XML */
    static String[] read(PackagePart workbookPart) throws IOException, XMLStreamException, InvalidFormatException {
        PackagePart part = Ooxml.related(workbookPart, Ooxml.SHARED_STRINGS_RELATION);
        if (part == null) {
            return NONE;
        }
        List<String> texts = new ArrayList<>();
        try (InputStream in = part.getInputStream()) {
            XMLStreamReader xml = StreamingXml.reader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
                        texts.add(InlineText.read(xml, null));
                    }
                }
            } finally {
                xml.close();
            }
        }
        return texts.toArray(NONE);
    }
}
