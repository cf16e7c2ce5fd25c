package org.aibyhand.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.aibyhand.engine.book.DefinedName;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCalcPr;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDefinedName;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDefinedNames;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.xml.sax.SAXException;

/**
 * Writes an engine workbook into an open package: every worksheet part, the sheet list, defined names and plan of
 * xl/workbook.xml, the dynamic-array metadata when needed. It drops the calculation chain (Excel rebuilds it,
 * and a stale one makes Excel report the file as damaged) and asks for a full recalculation on load. Parts it
 * does not interpret are not touched.
 */
final class PackageUpdater {
    private final OPCPackage pkg;
    private final PackagePartName workbookName;
    private final WorkbookDocument workbookXml;
    private Long dynamicMark;

    PackageUpdater(OPCPackage pkg) throws IOException, XmlException {
        this.pkg = pkg;
        PackagePart workbookPart = Ooxml.workbookPart(pkg);
        this.workbookName = workbookPart.getPartName();
        try (InputStream in = workbookPart.getInputStream()) {
            this.workbookXml = WorkbookDocument.Factory.parse(in, Ooxml.options());
        }
    }

    /** Worksheet part names in tab order: how a package made fresh for a workbook maps to its sheets. */
    List<String> worksheetParts() {
        List<String> parts = new ArrayList<>();
        for (CTSheet tab : tabs()) {
            parts.add(worksheetPart(tab));
        }
        return parts;
    }

    /**
     * Writes {@code book}; {@code partOf} names the part each sheet was read from (null for a new sheet), whose
     * content {@code original} holds (this package holds only an empty stand-in for it). Returns the worksheets
     * as written, by zip entry name, for {@link PackageZips#assemble} to put in place of the stand-ins.
     */
    Map<String, DeflatedPart> update(Workbook book, Function<Sheet, String> partOf, InMemoryZip original)
            throws Exception {
        PackagePart workbookPart = pkg.getPart(workbookName);
        String[] strings = SharedStrings.read(workbookPart);
        Map<String, DeflatedPart> written = new HashMap<>();
        AddedFills fills = new AddedFills(pkg, workbookPart);
        removeCalculationChain(workbookPart);
        Map<String, CTSheet> tabsByPart = new HashMap<>();
        for (CTSheet tab : tabs()) {
            tabsByPart.put(worksheetPart(tab), tab);
        }
        Map<Sheet, Integer> tabIndex = new IdentityHashMap<>();
        for (Sheet sheet : book.sheets()) {
            String partName = partOf.apply(sheet);
            CTSheet tab = partName == null ? null : tabsByPart.get(partName);
            var entry = tab == null ? null : original.getEntry(PackageZips.entryName(partName));
            if (tab == null) {
                partName = addWorksheetPart(workbookPart, sheet.name());
            } else if (!tab.getName().equals(sheet.name())) {
                tab.setName(sheet.name());
            }
            tabIndex.put(sheet, indexOfTab(partName));
            SheetWriter writer = new SheetWriter(sheet, strings, this::dynamicMark, fills);
            written.put(PackageZips.entryName(partName), DeflatedPart.write(out -> {
                try (InputStream in = entry == null ? null : original.getInputStream(entry)) {
                    writer.write(in, out);
                }
            }));
        }
        fills.save();
        writeNames(book, tabIndex);
        CTWorkbook xml = workbookXml.getWorkbook();
        CTCalcPr calc = xml.getCalcPr() != null ? xml.getCalcPr() : xml.addNewCalcPr();
        calc.setFullCalcOnLoad(true);
        Ooxml.save(pkg, workbookName, workbookXml);
        return written;
    }

    private long dynamicMark() throws IOException {
        if (dynamicMark == null) {
            try {
                dynamicMark = DynamicArrayMetadata.ensure(pkg, workbookName);
            } catch (SAXException | InvalidFormatException e) {
                throw new IOException("the dynamic-array metadata could not be written: " + e.getMessage(), e);
            }
        }
        return dynamicMark;
    }

    private List<CTSheet> tabs() {
        CTWorkbook xml = workbookXml.getWorkbook();
        return xml.getSheets() == null ? List.of() : List.of(xml.getSheets().getSheetArray());
    }

    /** The worksheet part a tab shows, or null for chart sheets and dangling tabs. */
    private String worksheetPart(CTSheet tab) {
        PackagePart workbookPart = pkg.getPart(workbookName);
        PackageRelationship relation = workbookPart.getRelationship(tab.getId());
        if (relation == null || !Ooxml.WORKSHEET_RELATION.equals(relation.getRelationshipType())) {
            return null;
        }
        try {
            PackagePart part = workbookPart.getRelatedPart(relation);
            return part == null ? null : part.getPartName().getName();
        } catch (InvalidFormatException | RuntimeException e) {
            return null;
        }
    }

    private int indexOfTab(String partName) {
        List<CTSheet> tabs = tabs();
        for (int i = 0; i < tabs.size(); i++) {
            if (partName.equals(worksheetPart(tabs.get(i)))) {
                return i;
            }
        }
        throw new IllegalStateException("no tab shows " + partName);
    }

    private void removeCalculationChain(PackagePart workbookPart) throws InvalidFormatException {
        List<PackageRelationship> chains = new ArrayList<>();
        workbookPart.getRelationshipsByType(Ooxml.CALC_CHAIN_RELATION).forEach(chains::add);
        for (PackageRelationship chain : chains) {
            PackagePart part = workbookPart.getRelatedPart(chain);
            if (part != null) {
                pkg.removePart(part.getPartName());
            }
            workbookPart.removeRelationship(chain.getId());
        }
    }

    /** Creates an empty worksheet part for a sheet the file did not have, and its tab. */
    private String addWorksheetPart(PackagePart workbookPart, String sheetName) throws InvalidFormatException {
        PackagePartName name;
        int n = 1;
        do {
            name = PackagingURIHelper.createPartName("/xl/worksheets/sheet" + n++ + ".xml");
        } while (pkg.containPart(name));
        pkg.createPart(name, Ooxml.WORKSHEET_TYPE);
        PackageRelationship relation = workbookPart.addRelationship(name, TargetMode.INTERNAL, Ooxml.WORKSHEET_RELATION);
        CTWorkbook xml = workbookXml.getWorkbook();
        long sheetId = 0;
        for (CTSheet tab : tabs()) {
            sheetId = Math.max(sheetId, tab.getSheetId());
        }
        CTSheet tab = (xml.getSheets() != null ? xml.getSheets() : xml.addNewSheets()).addNewSheet();
        tab.setName(sheetName);
        tab.setSheetId(sheetId + 1);
        tab.setId(relation.getId());
        return name.getName();
    }

    /**
     * Makes the file's defined names match the engine's, plus the hidden names that hold the plan
     * ({@link PlanNames}; names of that form in the model are not written): existing entries are updated in place (keeping
     * attributes the engine does not model, such as comments), missing ones added, dropped ones removed. Names
     * scoped to tabs the engine does not load (chart sheets) are kept.
     */
    private void writeNames(Workbook book, Map<Sheet, Integer> tabIndex) {
        Map<String, DefinedName> wanted = new LinkedHashMap<>();
        for (DefinedName name : book.definedNames()) {
            long scope = name.scope() == null ? -1 : tabIndex.getOrDefault(name.scope(), -1);
            if (scope >= 0 || !PlanNames.isReserved(name.name())) {
                wanted.put(key(name.name(), scope), name);
            }
        }
        for (DefinedName name : PlanNames.names(book)) {
            wanted.put(key(name.name(), -1), name);
        }
        CTWorkbook xml = workbookXml.getWorkbook();
        CTDefinedNames names = xml.getDefinedNames();
        if (names != null) {
            CTDefinedName[] entries = names.getDefinedNameArray(); // at once: reading by index walks the list each time
            for (int i = entries.length - 1; i >= 0; i--) {
                CTDefinedName entry = entries[i];
                long scope = entry.isSetLocalSheetId() ? entry.getLocalSheetId() : -1;
                if (scope >= 0 && !tabIndex.containsValue((int) scope)) {
                    continue;
                }
                DefinedName name = wanted.remove(key(entry.getName(), scope));
                if (name == null) {
                    try (XmlCursor cursor = entry.newCursor()) {
                        cursor.removeXml();
                    }
                } else {
                    fill(entry, name);
                }
            }
        }
        for (var rest : wanted.entrySet()) {
            if (names == null) {
                names = xml.addNewDefinedNames();
            }
            CTDefinedName entry = names.addNewDefinedName();
            entry.setName(rest.getValue().name());
            long scope = Long.parseLong(rest.getKey().substring(0, rest.getKey().indexOf('|')));
            if (scope >= 0) {
                entry.setLocalSheetId(scope);
            }
            fill(entry, rest.getValue());
        }
        if (names != null && names.sizeOfDefinedNameArray() == 0) {
            xml.unsetDefinedNames();
        }
    }

    private static void fill(CTDefinedName entry, DefinedName name) {
        if (!name.text().equals(entry.getStringValue())) {
            entry.setStringValue(name.text());
        }
        if (name.hidden()) {
            entry.setHidden(true);
        } else if (entry.isSetHidden()) {
            entry.unsetHidden();
        }
    }

    private static String key(String name, long scope) {
        return scope + "|" + name.toUpperCase(Locale.ROOT);
    }
}
