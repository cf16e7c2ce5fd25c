package org.aibyhand.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.aibyhand.engine.book.DefinedName;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.TooManyCellsException;
import org.aibyhand.engine.book.Workbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDefinedName;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;

/**
 * Reads an .xlsx file into the engine's {@link Workbook}: worksheets (names verbatim, in tab order), constants,
 * formulas of every kind, defined names, the walkthrough plan ({@link PlanNames}) and each sheet's formatting ({@link Sheet#format()}), which is read
 * leniently: a malformed style, size or rule is left out and never stops the load. It works on the XML of the package directly, because POI's own
 * formula parser does not know LET, LAMBDA or dynamic arrays. Chart sheets and other non-worksheet tabs are
 * not loaded (they are kept in the file on save).
 */
public final class XlsxReader {
    private XlsxReader() {
    }

    /**
     * Loads the workbook at {@code path}.
     *
     * @throws WorkbookFormatException when the file is not a readable .xlsx workbook (its message says why)
     * @throws IOException when the file cannot be read at all (missing, no permission)
     */
    public static LoadedWorkbook read(Path path) throws IOException, WorkbookFormatException {
        return read(path, false);
    }

    /**
     * Loads the workbook at {@code path}; with {@code cachedResults}, each formula cell holds the result the file
     * cached until it is computed, so that a window can show a large file at once. Without (the default), formula
     * cells are empty until computed, so no cell can pass for computed when it was not.
     */
    public static LoadedWorkbook read(Path path, boolean cachedResults) throws IOException, WorkbookFormatException {
        byte[] bytes = PackageOpener.readFile(path);
        OPCPackage pkg = PackageOpener.open(bytes);
        try {
            return read(pkg, bytes, cachedResults);
        } catch (WorkbookFormatException e) {
            throw PackageOpener.isBomb(e) ? PackageOpener.bomb(e) : e;
        } catch (TooManyCellsException e) {
            throw new WorkbookFormatException("The workbook is too large to open: " + e.getMessage() + ".", e);
        } catch (Exception e) {
            if (PackageOpener.isBomb(e)) {
                throw PackageOpener.bomb(e);
            }
            // XML the parser rejects, a broken relationship, a part POI cannot unpack: the file is damaged.
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new WorkbookFormatException("The workbook is damaged and cannot be read (" + firstLine(detail) + ").", e);
        } finally {
            pkg.revert();
        }
    }

    private static LoadedWorkbook read(OPCPackage pkg, byte[] bytes, boolean cachedResults) throws Exception {
        PackagePart workbookPart = Ooxml.workbookPart(pkg);
        CTWorkbook xml = parse(workbookPart, "its workbook part",
                in -> WorkbookDocument.Factory.parse(in, Ooxml.options()).getWorkbook());
        StyleTable styles = StyleTable.read(workbookPart);
        SharedStrings.Table strings;
        try {
            strings = SharedStrings.read(workbookPart, styles.colors());
        } catch (XMLStreamException e) {
            throw new WorkbookFormatException("The workbook is damaged: its shared-string table is not valid XML.", e);
        }
        Set<Long> dynamicMarks = DynamicArrayMetadata.read(workbookPart);
        SheetReader.FormulaReader formulas = new SheetReader.FormulaReader();
        SheetFormatReader formats = new SheetFormatReader(styles);

        Workbook book = new Workbook();
        Map<Sheet, String> parts = new HashMap<>();
        List<Sheet> byTabIndex = new ArrayList<>(); // null where the tab is not a worksheet
        CTSheet[] tabs = xml.getSheets() != null ? xml.getSheets().getSheetArray() : new CTSheet[0];
        for (CTSheet tab : tabs) {
            PackageRelationship relation = workbookPart.getRelationship(tab.getId());
            if (relation == null || !Ooxml.WORKSHEET_RELATION.equals(relation.getRelationshipType())) {
                byTabIndex.add(null);
                continue;
            }
            PackagePart part = workbookPart.getRelatedPart(relation);
            if (book.sheet(tab.getName()) != null) {
                throw new WorkbookFormatException("The workbook is damaged: two sheets are named '" + tab.getName() + "'.");
            }
            Sheet sheet = book.addSheet(tab.getName());
            byTabIndex.add(sheet);
            parts.put(sheet, part.getPartName().getName());
            SheetReader cells = new SheetReader(sheet, strings, dynamicMarks, formulas);
            cells.keepCachedResults(cachedResults);
            CTWorksheet worksheet;
            try (InputStream in = BackgroundStreams.readAhead(part.getInputStream())) { // unpacked on another thread
                worksheet = WorksheetStream.read(in, cells, formats.rowsAndCells(sheet.format()));
            } catch (XMLStreamException e) {
                throw new WorkbookFormatException("The workbook is damaged: sheet '" + tab.getName() + "' ("
                        + part.getPartName().getName() + ") is not valid XML.", e);
            }
            formats.read(sheet.format(), worksheet, part);
            org.aibyhand.xlsx.drawing.SheetDrawings.read(part, sheet.format());
        }
        if (book.sheets().isEmpty()) {
            throw new WorkbookFormatException("The workbook has no worksheets.");
        }
        if (xml.isSetDefinedNames()) {
            for (CTDefinedName name : xml.getDefinedNames().getDefinedNameArray()) {
                readName(book, name, byTabIndex, formulas);
            }
        }
        book.setPlan(PlanNames.take(book));
        book.setActiveSheet(activeWorksheet(xml, byTabIndex));
        return new LoadedWorkbook(book, bytes, parts);
    }

    /** Loads one defined name; text that does not parse (#REF!, external links) is kept, the tree left out. */
    private static void readName(Workbook book, CTDefinedName name, List<Sheet> byTabIndex,
            SheetReader.FormulaReader formulas) {
        Sheet scope = null;
        if (name.isSetLocalSheetId()) {
            long tab = name.getLocalSheetId();
            if (tab < 0 || tab >= byTabIndex.size() || byTabIndex.get((int) tab) == null) {
                return; // scoped to a chart sheet or to no sheet at all: nothing in the engine can use it
            }
            scope = byTabIndex.get((int) tab);
        }
        String text = name.getStringValue();
        book.defineName(new DefinedName(name.getName(), scope, text, formulas.readName(text), name.getHidden()));
    }

    /** The worksheet of the file's active tab (the first worksheet when that tab is a chart sheet). */
    private static int activeWorksheet(CTWorkbook xml, List<Sheet> byTabIndex) {
        long tab = xml.isSetBookViews() && xml.getBookViews().sizeOfWorkbookViewArray() > 0
                ? xml.getBookViews().getWorkbookViewArray(0).getActiveTab() : 0;
        Sheet sheet = tab >= 0 && tab < byTabIndex.size() ? byTabIndex.get((int) tab) : null;
        return sheet == null ? 0 : sheet.index();
    }

    /** Parses one XML part; a part that is not well-formed XML is named in the message. */
    private static <T> T parse(PackagePart part, String what, XmlParser<T> parser) throws Exception {
        try (InputStream in = part.getInputStream()) {
            return parser.parse(in);
        } catch (XmlException e) {
            throw new WorkbookFormatException("The workbook is damaged: " + what + " (" + part.getPartName().getName()
                    + ") is not valid XML.", e);
        }
    }

    private interface XmlParser<T> {
        T parse(InputStream in) throws Exception;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
