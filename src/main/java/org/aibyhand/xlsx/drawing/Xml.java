package org.aibyhand.xlsx.drawing;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small DOM helpers that match elements by local name, so prefixes and namespace quirks do not matter. */
final class Xml {
    private Xml() {
    }

    /** The first child element with this local name, or null. */
    static Element child(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    /** The element reached by following local names from {@code parent}, or null where the path breaks. */
    static Element path(Element parent, String... localNames) {
        Element at = parent;
        for (String name : localNames) {
            at = child(at, name);
        }
        return at;
    }

    /** The child elements, in order. */
    static List<Element> children(Element parent) {
        List<Element> found = new ArrayList<>();
        if (parent != null) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element) {
                    found.add(element);
                }
            }
        }
        return found;
    }

    /** The child elements with this local name, in order. */
    static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Element element : children(parent)) {
            if (localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    /** An attribute by local name, or null when absent. */
    static String attribute(Element element, String localName) {
        if (element == null) {
            return null;
        }
        var attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            String name = attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getNodeName();
            if (localName.equals(name)) {
                return attribute.getNodeValue();
            }
        }
        return null;
    }

    static long longAttribute(Element element, String localName, long otherwise) {
        try {
            String text = attribute(element, localName);
            return text == null ? otherwise : Math.round(Double.parseDouble(text.trim()));
        } catch (NumberFormatException notANumber) {
            return otherwise;
        }
    }

    static double doubleAttribute(Element element, String localName, double otherwise) {
        try {
            String text = attribute(element, localName);
            return text == null ? otherwise : Double.parseDouble(text.trim());
        } catch (NumberFormatException notANumber) {
            return otherwise;
        }
    }

    /** An xsd:boolean attribute ("1"/"true"). */
    static boolean booleanAttribute(Element element, String localName, boolean otherwise) {
        String text = attribute(element, localName);
        return text == null ? otherwise : text.equals("1") || text.equalsIgnoreCase("true");
    }

    /** The {@code val} attribute of a child element such as {@code <c:min val="-9"/>}, or null. */
    static String childValue(Element parent, String localName) {
        return attribute(child(parent, localName), "val");
    }

    /** The text of an element such as {@code <xdr:col>4</xdr:col>} as a long, or {@code otherwise}. */
    static long longText(Element element, long otherwise) {
        try {
            return element == null ? otherwise : Long.parseLong(element.getTextContent().trim());
        } catch (NumberFormatException notANumber) {
            return otherwise;
        }
    }
}
