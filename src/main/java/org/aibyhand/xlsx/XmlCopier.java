package org.aibyhand.xlsx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Writes what a streaming XML reader reads back out as XML text, event by event, so that the parts of a worksheet
 * the program does not interpret pass through unchanged in meaning. A start tag is left open until the next
 * event, so an element without content is written as {@code <x/>}, as it usually was.
 */
final class XmlCopier {
    private final Appendable out;
    /** A start tag has been written without its closing {@code >}. */
    private boolean open;

    XmlCopier(Appendable out) {
        this.out = out;
    }

    /** Copies the event the reader is on. Document type declarations are refused: workbooks never have one. */
    void event(XMLStreamReader in) throws IOException, XMLStreamException {
        int type = in.getEventType();
        if (type == XMLStreamConstants.END_ELEMENT && open) {
            out.append("/>");
            open = false;
            return;
        }
        closeStart();
        switch (type) {
            case XMLStreamConstants.START_ELEMENT -> {
                out.append('<').append(name(in.getPrefix(), in.getLocalName()));
                writeAttributes(attributes(in));
                open = true;
            }
            case XMLStreamConstants.END_ELEMENT -> out.append("</").append(name(in.getPrefix(), in.getLocalName())).append('>');
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE, XMLStreamConstants.CDATA -> escape(in.getText(), false, out);
            case XMLStreamConstants.COMMENT -> out.append("<!--").append(in.getText()).append("-->");
            case XMLStreamConstants.PROCESSING_INSTRUCTION -> out.append("<?").append(in.getPITarget()).append(' ')
                    .append(in.getPIData() == null ? "" : in.getPIData()).append("?>");
            case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.ENTITY_DECLARATION ->
                    throw new XMLStreamException("document type declarations and entities are not allowed in a workbook");
            default -> {
                // start and end of the document: the writer of the part writes its own declaration
            }
        }
    }

    /** Copies the element the reader is on with everything inside it, leaving the reader on its end tag. */
    void copySubtree(XMLStreamReader in) throws IOException, XMLStreamException {
        int depth = 0;
        while (true) {
            int type = in.getEventType();
            event(in);
            if (type == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (type == XMLStreamConstants.END_ELEMENT && --depth == 0) {
                return;
            }
            in.next();
        }
    }

    /** Passes over the element the reader is on, leaving the reader on its end tag. */
    static void skip(XMLStreamReader in) throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int type = in.next();
            depth += type == XMLStreamConstants.START_ELEMENT ? 1 : type == XMLStreamConstants.END_ELEMENT ? -1 : 0;
        }
    }

    /** Writes XML text as it is. */
    void raw(CharSequence xml) throws IOException {
        closeStart();
        out.append(xml);
    }

    /** Writes text, escaped. */
    void text(String text) throws IOException {
        closeStart();
        escape(text, false, out);
    }

    /** Finishes a start tag left open; nothing follows in it. */
    void closeStart() throws IOException {
        if (open) {
            out.append('>');
            open = false;
        }
    }

    /** Namespace declarations and attributes of the start tag the reader is on, name and value alternating. */
    static List<String> attributes(XMLStreamReader in) {
        int namespaces = in.getNamespaceCount();
        int count = in.getAttributeCount();
        List<String> attributes = new ArrayList<>(2 * (namespaces + count));
        for (int i = 0; i < namespaces; i++) {
            String prefix = in.getNamespacePrefix(i);
            attributes.add(prefix == null || prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix);
            attributes.add(in.getNamespaceURI(i));
        }
        for (int i = 0; i < count; i++) {
            attributes.add(name(in.getAttributePrefix(i), in.getAttributeLocalName(i)));
            attributes.add(in.getAttributeValue(i));
        }
        return attributes;
    }

    /** One element with attributes and text content, as XML text. */
    static String element(QName name, List<String> attributes, String text) throws XMLStreamException {
        StringBuilder xml = new StringBuilder();
        XmlCopier copier = new XmlCopier(xml);
        String qualified = name(name.getPrefix(), name.getLocalPart());
        try {
            xml.append('<').append(qualified);
            copier.writeAttributes(attributes);
            xml.append('>');
            escape(text, false, xml);
            xml.append("</").append(qualified).append('>');
        } catch (IOException impossible) {
            throw new XMLStreamException(impossible);
        }
        return xml.toString();
    }

    void writeAttributes(List<String> attributes) throws IOException {
        for (int i = 0; i < attributes.size(); i += 2) {
            attribute(attributes.get(i), attributes.get(i + 1));
        }
    }

    /** Writes {@code name="value"} into the start tag being written. */
    void attribute(String name, String value) throws IOException {
        out.append(' ').append(name).append("=\"");
        escape(value, true, out);
        out.append('"');
    }

    static String name(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    /** Escapes markup characters, and in attributes the white space a reader would otherwise normalise. */
    static void escape(String text, boolean attribute, Appendable out) throws IOException {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '\r' -> "&#13;";
                case '"' -> attribute ? "&quot;" : null;
                case '\n' -> attribute ? "&#10;" : null;
                case '\t' -> attribute ? "&#9;" : null;
                default -> null;
            };
            if (replacement != null) {
                out.append(text, start, i).append(replacement);
                start = i + 1;
            }
        }
        out.append(text, start, text.length());
    }
}
