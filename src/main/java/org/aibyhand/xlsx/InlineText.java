package org.aibyhand.xlsx;

import java.io.IOException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The plain text of a string item ({@code <is>} in a cell, {@code <si>} in the shared-string table): its
 * {@code <t>}, or its rich-text runs joined; phonetic hints ({@code <rPh>}) are not text.
 */
final class InlineText {
    private InlineText() {
    }

    /**
     * Reads the element the reader is on up to its end tag and returns its text; when {@code xml} is given,
     * the element is also copied into it as XML text.
     */
    static String read(XMLStreamReader in, Appendable xml) throws XMLStreamException, IOException {
        return read(in, xml, null);
    }

    /** {@link #read(XMLStreamReader, Appendable)}, collecting the item's runs into {@code runs} when it is given. */
    static String read(XMLStreamReader in, Appendable xml, RichTextRuns runs) throws XMLStreamException, IOException {
        XmlCopier copier = xml == null ? null : new XmlCopier(xml);
        StringBuilder text = new StringBuilder();
        int depth = 0;
        int phoneticDepth = -1;
        boolean inText = false;
        while (true) {
            int type = in.getEventType();
            if (copier != null) {
                copier.event(in);
            }
            if (type == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = in.getLocalName();
                if (name.equals("rPh") && phoneticDepth < 0) {
                    phoneticDepth = depth;
                }
                inText = name.equals("t") && phoneticDepth < 0;
                if (runs != null && phoneticDepth < 0) {
                    runs.start(name, in);
                }
            } else if (type == XMLStreamConstants.END_ELEMENT) {
                if (runs != null && phoneticDepth < 0) {
                    runs.end(in.getLocalName());
                }
                if (depth == phoneticDepth) {
                    phoneticDepth = -1;
                }
                inText = false;
                if (--depth == 0) {
                    return ExcelEscapes.decode(text.toString());
                }
            } else if (inText && (type == XMLStreamConstants.CHARACTERS || type == XMLStreamConstants.CDATA
                    || type == XMLStreamConstants.SPACE)) {
                text.append(in.getText());
                if (runs != null) {
                    runs.text(in.getText());
                }
            }
            in.next();
        }
    }
}
