package org.aibyhand.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.DefinedName;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.formula.FormulaPrinter;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.Value;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Load -> save -> load on every shared workbook keeps the package (every part but the calculation chain; the
 * exact bytes of styles, drawings, comments, threaded comments and charts), the sheets, every defined name,
 * every constant and every formula.
 */
class RoundTripTest {
    /** Parts this program never interprets and must copy byte for byte. */
    private static final Pattern KEPT_BYTES = Pattern.compile(
            "xl/(styles\\.xml|drawings/[^/]*|comments\\d*\\.xml|threadedComments/[^/]*|charts/[^/]*|persons/[^/]*"
            + "|theme/[^/]*|externalLinks/[^/]*|metadata\\.xml|sharedStrings\\.xml)");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everySharedWorkbookSurvivesLoadSaveLoad() {
        return SharedWorkbooks.all().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            LoadedWorkbook first = XlsxReader.read(file);
            Path saved = temp.resolve(file.getFileName());
            XlsxWriter.write(first.workbook(), first, saved);
            LoadedWorkbook second = XlsxReader.read(saved);

            samePackage(file, saved);
            sameSheets(first.workbook(), second.workbook());
            assertEquals(names(first.workbook()), names(second.workbook()), "defined names");
            for (Sheet sheet : first.workbook().sheets()) {
                assertEquals(contents(sheet), contents(second.workbook().sheet(sheet.name())), "cells of " + sheet.name());
            }
        }));
    }

    /**
     * Stands in for the calculator: puts Excel's own results into the engine (anchors, spill members, legacy
     * array members), saves, and expects exactly Excel's cached values, types included, back from the file.
     */
    @TestFactory
    Stream<DynamicTest> computedValuesAreSavedAsExcelWouldCacheThem() {
        return SharedWorkbooks.all().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Map<String, Value> excel = ExcelCachedValues.read(file);
            LoadedWorkbook loaded = XlsxReader.read(file);
            for (Sheet sheet : loaded.workbook().sheets()) {
                List<Cell> formulas = new ArrayList<>();
                sheet.forEach(cell -> {
                    if (cell.hasFormula()) {
                        formulas.add(cell);
                    }
                });
                for (Cell anchor : formulas) {
                    anchor.setValue(excel.get(sheet.name() + "!" + anchor.address()));
                    boolean dynamic = anchor.formula().kind() == FormulaKind.DYNAMIC_ARRAY;
                    Area range = dynamic ? anchor.spillArea() : anchor.formula().arrayArea();
                    if (range == null) {
                        continue;
                    }
                    for (int r = range.top(); r <= range.bottom(); r++) {
                        for (int c = range.left(); c <= range.right(); c++) {
                            Cell member = sheet.cellForWrite(r, c);
                            if (member != anchor) {
                                member.setSpillAnchor(dynamic ? anchor : null);
                                member.setValue(excel.get(sheet.name() + "!" + member.address()));
                            }
                        }
                    }
                }
            }
            Path saved = temp.resolve("computed-" + file.getFileName());
            XlsxWriter.write(loaded.workbook(), loaded, saved);
            assertEquals(excel, ExcelCachedValues.read(saved));
        }));
    }

    static void samePackage(Path original, Path saved) throws Exception {
        try (ZipFile before = new ZipFile(original.toFile()); ZipFile after = new ZipFile(saved.toFile())) {
            Set<String> expected = entryNames(before);
            expected.removeIf(name -> name.startsWith("xl/calcChain"));
            Set<String> actual = entryNames(after);
            assertTrue(actual.containsAll(expected), "parts lost: " + difference(expected, actual));
            assertTrue(actual.stream().noneMatch(name -> name.contains("calcChain")), "the stale calcChain was kept");
            assertFalse(read(after, "[Content_Types].xml").contains("calcChain"), "calcChain still has a content type");
            assertTrue(read(after, "xl/workbook.xml").matches("(?s).*fullCalcOnLoad=\"(1|true)\".*"), "no full recalculation asked for");
            for (String name : expected) {
                if (KEPT_BYTES.matcher(name).matches()) {
                    assertArrayEquals(before.getInputStream(before.getEntry(name)).readAllBytes(),
                            after.getInputStream(after.getEntry(name)).readAllBytes(), name + " changed");
                } else if (name.endsWith(".rels")) {
                    // POI writes relationship parts itself: same relationships, attributes in another order
                    Set<String> relations = relationships(read(before, name));
                    relations.removeIf(relation -> relation.contains("calcChain"));
                    assertEquals(relations, relationships(read(after, name)), name);
                }
            }
        }
    }

    private static Set<String> relationships(String xml) throws Exception {
        Set<String> relations = new TreeSet<>();
        NodeList list = DocumentHelper.readDocument(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getElementsByTagNameNS("*", "Relationship");
        for (int i = 0; i < list.getLength(); i++) {
            Element relation = (Element) list.item(i);
            relations.add(relation.getAttribute("Id") + " " + relation.getAttribute("Type") + " "
                    + relation.getAttribute("Target") + " " + relation.getAttribute("TargetMode"));
        }
        return relations;
    }

    private static Set<String> entryNames(ZipFile zip) {
        Set<String> names = new TreeSet<>();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            names.add(entry.getName());
        }
        return names;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    private static String read(ZipFile zip, String name) throws Exception {
        return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
    }

    static void sameSheets(Workbook first, Workbook second) {
        List<String> before = new ArrayList<>();
        first.sheets().forEach(s -> before.add(s.name()));
        List<String> after = new ArrayList<>();
        second.sheets().forEach(s -> after.add(s.name()));
        assertEquals(before, after, "sheet names, verbatim and in tab order");
    }

    static List<String> names(Workbook book) {
        List<String> names = new ArrayList<>();
        for (DefinedName name : book.definedNames()) {
            names.add(name.name() + " @" + (name.scope() == null ? "workbook" : name.scope().name())
                    + (name.hidden() ? " hidden" : "") + " = " + name.text() + (name.expr() == null ? " (unparsed)" : ""));
        }
        Collections.sort(names);
        return names;
    }

    /** Every constant and every formula (text as it would be saved, kind, array range, spill hint), by address. */
    static Map<String, String> contents(Sheet sheet) {
        assertNotNull(sheet);
        Map<String, String> cells = new TreeMap<>();
        for (Cell cell : sheet) {
            Formula f = cell.formula();
            if (f == null) {
                cells.put(cell.address(), "constant " + cell.value());
            } else {
                String text = f.sourceText() != null ? f.sourceText()
                        : FormulaPrinter.print(f.expr(), cell.row(), cell.column(), FormulaPrinter.Style.STORAGE);
                cells.put(cell.address(), f.kind() + " " + text + " array=" + f.arrayArea() + " spill=" + cell.spillArea()
                        + (f.isParsed() ? "" : " unparsed: " + f.problem()));
            }
        }
        return cells;
    }
}
