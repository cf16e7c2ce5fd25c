package org.aibyhand.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.util.XMLHelper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The part of xl/metadata.xml that marks formulas as dynamic arrays. A cell's {@code cm="k"} names the k-th
 * {@code cellMetadata} block; that block points (type index, value index) at a {@code futureMetadata} block of
 * type XLDAPR whose {@code dynamicArrayProperties} has {@code fDynamic="1"}. POI's schema has no classes for
 * this part, so it is read and extended as plain DOM; everything else in the part is left alone.
 */
final class DynamicArrayMetadata {
    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String DYNAMIC_NS = "http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray";
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";
    private static final String TYPE = "XLDAPR";
    /** The extension id Excel gives the dynamic-array properties. */
    private static final String EXTENSION_URI = "{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}";

    private DynamicArrayMetadata() {
    }

    /** The {@code cm} values that mark a formula as a dynamic array in this package (empty if none). */
    static Set<Long> read(PackagePart workbookPart) throws IOException, SAXException, InvalidFormatException {
        PackagePart part = Ooxml.related(workbookPart, Ooxml.METADATA_RELATION);
        return part == null ? Set.of() : dynamicIndexes(parse(part));
    }

    /**
     * The {@code cm} value for dynamic arrays in this package, adding the XLDAPR definition to the metadata part
     * (and the part itself, with its relationship and content type) when the package lacks it.
     */
    static long ensure(OPCPackage pkg, PackagePartName workbookName)
            throws IOException, SAXException, InvalidFormatException {
        PackagePart part = Ooxml.related(pkg.getPart(workbookName), Ooxml.METADATA_RELATION);
        Document doc;
        if (part == null) {
            doc = DocumentHelper.createDocument();
            Element root = doc.createElementNS(MAIN_NS, "metadata");
            root.setAttributeNS(XMLNS, "xmlns", MAIN_NS);
            doc.appendChild(root);
        } else {
            doc = parse(part);
            Set<Long> existing = dynamicIndexes(doc);
            if (!existing.isEmpty()) {
                return existing.iterator().next();
            }
        }
        long index = addDefinition(doc);
        if (part == null) {
            part = pkg.createPart(freeName(pkg), Ooxml.METADATA_TYPE);
            pkg.getPart(workbookName).addRelationship(part.getPartName(), TargetMode.INTERNAL, Ooxml.METADATA_RELATION);
        }
        try (OutputStream out = pkg.getPart(part.getPartName()).getOutputStream()) {
            doc.setXmlStandalone(true);
            Transformer transformer = XMLHelper.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(doc), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IOException("could not write the metadata part: " + e.getMessage(), e);
        }
        return index;
    }

    private static Document parse(PackagePart part) throws IOException, SAXException {
        try (InputStream in = part.getInputStream()) {
            return DocumentHelper.readDocument(in);
        }
    }

    private static PackagePartName freeName(OPCPackage pkg) throws InvalidFormatException {
        for (int n = 1; ; n++) {
            PackagePartName name = PackagingURIHelper.createPartName("/xl/metadata" + (n == 1 ? "" : n) + ".xml");
            if (pkg.getPart(name) == null) {
                return name;
            }
        }
    }

    private static Set<Long> dynamicIndexes(Document doc) {
        Element root = doc.getDocumentElement();
        List<String> typeNames = new ArrayList<>();
        for (Element type : children(child(root, "metadataTypes"), "metadataType")) {
            typeNames.add(type.getAttribute("name"));
        }
        List<Boolean> dynamicBlocks = new ArrayList<>();
        for (Element block : children(future(root), "bk")) {
            boolean dynamic = false;
            var properties = block.getElementsByTagNameNS(DYNAMIC_NS, "dynamicArrayProperties");
            for (int i = 0; i < properties.getLength(); i++) {
                String flag = ((Element) properties.item(i)).getAttribute("fDynamic");
                dynamic |= "1".equals(flag) || "true".equals(flag);
            }
            dynamicBlocks.add(dynamic);
        }
        Set<Long> indexes = new TreeSet<>();
        long k = 0;
        for (Element block : children(child(root, "cellMetadata"), "bk")) {
            k++;
            for (Element rc : children(block, "rc")) {
                int t = number(rc.getAttribute("t")) - 1;
                int v = number(rc.getAttribute("v"));
                if (t >= 0 && t < typeNames.size() && TYPE.equals(typeNames.get(t))
                        && v >= 0 && v < dynamicBlocks.size() && dynamicBlocks.get(v)) {
                    indexes.add(k);
                }
            }
        }
        return indexes;
    }

    /** Adds type, future block and cell block, in the element order the schema requires; returns the cm value. */
    private static long addDefinition(Document doc) {
        Element root = doc.getDocumentElement();
        Element types = child(root, "metadataTypes");
        if (types == null) {
            types = element(root, "metadataTypes");
            root.insertBefore(types, root.getFirstChild());
        }
        List<Element> typeList = children(types, "metadataType");
        int typeIndex = typeList.size() + 1;
        for (int i = 0; i < typeList.size(); i++) {
            if (TYPE.equals(typeList.get(i).getAttribute("name"))) {
                typeIndex = i + 1;
            }
        }
        if (typeIndex > typeList.size()) {
            Element type = element(root, "metadataType");
            type.setAttribute("name", TYPE);
            type.setAttribute("minSupportedVersion", "120000");
            for (String flag : List.of("copy", "pasteAll", "pasteValues", "merge", "splitFirst", "rowColShift",
                    "clearFormats", "clearComments", "assign", "coerce", "cellMeta")) {
                type.setAttribute(flag, "1");
            }
            types.appendChild(type);
            types.setAttribute("count", Integer.toString(typeIndex));
        }
        Element future = future(root);
        if (future == null) {
            future = element(root, "futureMetadata");
            future.setAttribute("name", TYPE);
            root.insertBefore(future, firstOf(root, "cellMetadata", "valueMetadata", "extLst"));
        }
        Element block = element(root, "bk");
        Element extensions = element(root, "extLst");
        Element extension = element(root, "ext");
        extension.setAttribute("uri", EXTENSION_URI);
        Element properties = doc.createElementNS(DYNAMIC_NS, "xda:dynamicArrayProperties");
        if (root.getAttributeNode("xmlns:xda") == null) {
            root.setAttributeNS(XMLNS, "xmlns:xda", DYNAMIC_NS); // where Excel declares it
        } else if (!DYNAMIC_NS.equals(root.getAttribute("xmlns:xda"))) {
            properties.setAttributeNS(XMLNS, "xmlns:xda", DYNAMIC_NS); // the prefix means something else up there
        }
        properties.setAttribute("fDynamic", "1");
        properties.setAttribute("fCollapsed", "0");
        extension.appendChild(properties);
        extensions.appendChild(extension);
        block.appendChild(extensions);
        future.appendChild(block);
        int futureIndex = children(future, "bk").size() - 1;
        future.setAttribute("count", Integer.toString(futureIndex + 1));

        Element cells = child(root, "cellMetadata");
        if (cells == null) {
            cells = element(root, "cellMetadata");
            root.insertBefore(cells, firstOf(root, "valueMetadata", "extLst"));
        }
        Element cellBlock = element(root, "bk");
        Element rc = element(root, "rc");
        rc.setAttribute("t", Integer.toString(typeIndex));
        rc.setAttribute("v", Integer.toString(futureIndex));
        cellBlock.appendChild(rc);
        cells.appendChild(cellBlock);
        int count = children(cells, "bk").size();
        cells.setAttribute("count", Integer.toString(count));
        return count;
    }

    /** A new element in the main namespace, with the same prefix the root uses (usually none). */
    private static Element element(Element root, String name) {
        String prefix = root.getPrefix();
        return root.getOwnerDocument().createElementNS(MAIN_NS, prefix == null ? name : prefix + ":" + name);
    }

    private static Element future(Element root) {
        for (Element future : children(root, "futureMetadata")) {
            if (TYPE.equals(future.getAttribute("name"))) {
                return future;
            }
        }
        return null;
    }

    private static Node firstOf(Element parent, String... names) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            for (String name : names) {
                if (node instanceof Element && name.equals(node.getLocalName()) && MAIN_NS.equals(node.getNamespaceURI())) {
                    return node;
                }
            }
        }
        return null;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent != null) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element && name.equals(node.getLocalName()) && MAIN_NS.equals(node.getNamespaceURI())) {
                    found.add((Element) node);
                }
            }
        }
        return found;
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
