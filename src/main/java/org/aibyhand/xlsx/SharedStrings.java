package org.aibyhand.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.aibyhand.engine.book.format.RichText;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;

/** The workbook's shared-string table: each item's plain text and, for the reader, its rich-text runs. */
final class SharedStrings {
    private static final String[] NONE = new String[0];

    /** The items' texts, and the runs of those with rich text, by index. */
    record Table(String[] texts, Map<Integer, RichText> rich) {
    }

    private SharedStrings() {
    }

    /** The items' plain texts. @throws XMLStreamException when the table is not well-formed XML */
    static String[] read(PackagePart workbookPart) throws IOException, XMLStreamException, InvalidFormatException {
        return read(workbookPart, null).texts();
    }

    /** The texts and, when {@code colors} is given, the rich-text runs (colours resolved against the theme). */
    static Table read(PackagePart workbookPart, Colors colors) throws IOException, XMLStreamException, InvalidFormatException {
        PackagePart part = Ooxml.related(workbookPart, Ooxml.SHARED_STRINGS_RELATION);
        if (part == null) {
            return new Table(NONE, Map.of());
        }
        List<String> texts = new ArrayList<>();
        Map<Integer, RichText> rich = new HashMap<>();
        try (InputStream in = part.getInputStream()) {
            XMLStreamReader xml = StreamingXml.reader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
                        RichTextRuns runs = colors == null ? null : new RichTextRuns(colors);
                        texts.add(InlineText.read(xml, null, runs));
                        RichText item = runs == null ? null : runs.result();
                        if (item != null) {
                            rich.put(texts.size() - 1, item);
                        }
                    }
                }
            } finally {
                xml.close();
            }
        }
        return new Table(texts.toArray(NONE), rich);
    }
}
