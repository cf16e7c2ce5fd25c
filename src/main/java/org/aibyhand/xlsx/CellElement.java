package org.aibyhand.xlsx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One worksheet {@code <c>} element as read from a stream: its attributes in file order, the parts of its
 * formula and value that the engine reads, and (for the writer, which must be able to give an element back
 * unchanged) its children as XML text.
 *
 * @param attributes every attribute as written, qualified name and value alternating
 * @param formula the {@code <f>} child, or null
 * @param v the text of {@code <v>}, or null
 * @param inlineText the plain text of an {@code <is>} inline string, or null
 * @param children the children as XML text in file order (only when read with {@code keepXml}), else empty
 */
record CellElement(List<String> attributes, FormulaElement formula, String v, String inlineText,
        List<Child> children) {

    /** What kind of child an XML text in {@link #children()} is. */
    enum Kind { F, V, IS, OTHER }

    /** One child element and its XML text. */
    record Child(Kind kind, String xml) {
    }

    /** The {@code <f>} child: its text and the attributes that matter to the engine ({@code t}, {@code ref}, {@code si}). */
    record FormulaElement(String text, String type, String ref, String si) {
    }

    /** The value of an unqualified attribute, or null. */
    String attribute(String name) {
        for (int i = 0; i < attributes.size(); i += 2) {
            if (attributes.get(i).equals(name)) {
                return attributes.get(i + 1);
            }
        }
        return null;
    }

    /** The {@code t} type, "n" when left out. */
    String type() {
        String t = attribute("t");
        return t == null ? "n" : t;
    }

    boolean hasContent() {
        return formula != null || v != null || inlineText != null;
    }

    /** The attributes by local name, without namespace declarations: all the reader asks for, read cheaply. */
    private static List<String> plainAttributes(XMLStreamReader in) {
        int count = in.getAttributeCount();
        String[] pairs = new String[2 * count];
        for (int i = 0; i < count; i++) {
            pairs[2 * i] = in.getAttributeLocalName(i);
            pairs[2 * i + 1] = in.getAttributeValue(i);
        }
        return Arrays.asList(pairs);
    }

    /**
     * Reads the {@code <c>} element the reader is on, leaving the reader on its end tag.
     *
     * @param keepXml whether to keep the children as XML text (the writer needs it, the reader does not)
     */
    static CellElement read(XMLStreamReader in, boolean keepXml) throws XMLStreamException, IOException {
        List<String> attributes = keepXml ? XmlCopier.attributes(in) : plainAttributes(in);
        FormulaElement formula = null;
        String v = null;
        String inline = null;
        List<Child> children = keepXml ? new ArrayList<>(2) : List.of();
        while (in.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = in.getLocalName();
            if (name.equals("f")) {
                String type = in.getAttributeValue(null, "t");
                String ref = in.getAttributeValue(null, "ref");
                String si = in.getAttributeValue(null, "si");
                List<String> fAttributes = keepXml ? XmlCopier.attributes(in) : null;
                String text = in.getElementText();
                if (formula == null) { // a second <f> is not in the standard: the first one counts
                    formula = new FormulaElement(text, type, ref, si);
                    if (keepXml) {
                        children.add(new Child(Kind.F, XmlCopier.element(in.getName(), fAttributes, text)));
                    }
                }
            } else if (name.equals("v")) {
                String text = in.getElementText();
                if (keepXml) {
                    children.add(new Child(Kind.V, XmlCopier.element(in.getName(), List.of(), text)));
                }
                v = v == null ? text : v;
            } else if (name.equals("is")) {
                StringBuilder xml = keepXml ? new StringBuilder() : null;
                String text = InlineText.read(in, xml);
                if (keepXml) {
                    children.add(new Child(Kind.IS, xml.toString()));
                }
                inline = inline == null ? text : inline;
            } else {
                StringBuilder xml = new StringBuilder();
                new XmlCopier(xml).copySubtree(in);
                if (keepXml) {
                    children.add(new Child(Kind.OTHER, xml.toString()));
                }
            }
        }
        return new CellElement(attributes, formula, v, inline, children);
    }
}
