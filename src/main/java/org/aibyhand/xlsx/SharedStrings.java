package org.aibyhand.xlsx;

import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSst;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.SstDocument;

/** The workbook's shared-string table as plain text; rich-text formatting is the styles' business, not ours. */
final class SharedStrings {
    private static final String[] NONE = new String[0];

    private SharedStrings() {
    }

    static String[] read(PackagePart workbookPart) throws IOException, XmlException, InvalidFormatException {
        PackagePart part = Ooxml.related(workbookPart, Ooxml.SHARED_STRINGS_RELATION);
        if (part == null) {
            return NONE;
        }
        try (InputStream in = part.getInputStream()) {
            CTSst sst = SstDocument.Factory.parse(in, Ooxml.options()).getSst();
            CTRst[] items = sst.getSiArray();
            String[] texts = new String[items.length];
            for (int i = 0; i < items.length; i++) {
                texts[i] = CellXml.plainText(items[i]);
            }
            return texts;
        }
    }
}
