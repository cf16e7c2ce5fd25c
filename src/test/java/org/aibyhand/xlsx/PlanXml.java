package org.aibyhand.xlsx;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The defined names of a saved file's xl/workbook.xml as written, read with a plain DOM parser. */
final class PlanXml {
    private PlanXml() {
    }

    /** One {@code <definedName>}: its name, text, hidden flag and whether it is scoped to a sheet. */
    record Entry(String name, String text, boolean hidden, boolean sheetScoped) {
        boolean isPlan() {
            return PlanNames.isReserved(name);
        }
    }

    static List<Entry> entries(Path file) throws Exception {
        String xml = RawXml.part(file, "xl/workbook.xml");
        NodeList list = DocumentHelper.readDocument(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getElementsByTagNameNS("*", "definedName");
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            Element name = (Element) list.item(i);
            String hidden = name.getAttribute("hidden");
            entries.add(new Entry(name.getAttribute("name"), name.getTextContent(), hidden.equals("1") || hidden.equals("true"),
                    name.hasAttribute("localSheetId")));
        }
        return entries;
    }
}
