package org.aibyhand.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.ref.A1;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.CellAddress;

/**
 * Writes a worksheet part by streaming the file's original part through and bringing its {@code <sheetData>} in
 * line with an engine sheet, row by row, touching as little as it can (see {@link CellWriter}). Rows get
 * explicit numbers; {@code <dimension>} grows to cover every cell written. Everything else in the worksheet
 * (columns, merges, conditional formats, drawings) passes through as it was. Neither the file's rows nor the
 * engine's are ever all in memory at once, only one row of each.
 */
final class SheetWriter {
    /** The children of a worksheet that come before {@code <sheetData>}, in the standard's order. */
    private static final Set<String> BEFORE_DATA = Set.of("sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols");

    private final Sheet sheet;
    private final CellWriter cells;
    private SheetOutputs outputs;
    private boolean dimensionWritten;
    private boolean dataWritten;

    SheetWriter(Sheet sheet, String[] sharedStrings, CellWriter.DynamicMark dynamicMark, AddedFills fills) {
        this.sheet = sheet;
        this.cells = new CellWriter(sheet, sharedStrings, dynamicMark, fills);
    }

    /** Writes the worksheet; {@code original} is the part as the file had it, or null for a new sheet. */
    void write(InputStream original, Writer out) throws IOException, XMLStreamException {
        outputs = new SheetOutputs(sheet);
        Area used = SheetOutputs.used(sheet);
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        if (original == null) {
            out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            writeDimension(null, used, out);
            writeData(null, out);
            out.write("</worksheet>");
            return;
        }
        XMLStreamReader in = StreamingXml.reader(original);
        try {
            XmlCopier copier = new XmlCopier(out);
            int depth = 0;
            while (in.hasNext()) {
                int type = in.next();
                if (type == XMLStreamConstants.START_ELEMENT && depth == 1) {
                    String name = in.getLocalName();
                    if (!dimensionWritten && !name.equals("sheetPr")) {
                        copier.closeStart();
                        writeDimension(name.equals("dimension") ? in.getAttributeValue(null, "ref") : null, used, out);
                        if (name.equals("dimension")) {
                            XmlCopier.skip(in);
                            continue;
                        }
                    }
                    if (!dataWritten && (name.equals("sheetData") || !BEFORE_DATA.contains(name))) {
                        copier.closeStart();
                        writeData(name.equals("sheetData") ? in : null, out);
                        if (name.equals("sheetData")) {
                            continue;
                        }
                    }
                } else if (type == XMLStreamConstants.END_ELEMENT && depth == 1 && !dataWritten) {
                    copier.closeStart();
                    if (!dimensionWritten) {
                        writeDimension(null, used, out);
                    }
                    writeData(null, out);
                }
                depth += type == XMLStreamConstants.START_ELEMENT ? 1 : type == XMLStreamConstants.END_ELEMENT ? -1 : 0;
                copier.event(in);
            }
        } finally {
            in.close();
        }
    }

    /** Grows the file's {@code <dimension>} to cover {@code used}; a hint readers use to size the sheet. */
    private void writeDimension(String oldRef, Area used, Writer out) throws IOException {
        dimensionWritten = true;
        Area area = used;
        try {
            Area old = oldRef == null ? null : Area.parse(oldRef);
            if (old != null) {
                area = used == null ? old : new Area(Math.min(old.top(), used.top()), Math.min(old.left(), used.left()),
                        Math.max(old.bottom(), used.bottom()), Math.max(old.right(), used.right()));
            }
        } catch (RuntimeException missingOrBad) {
            // replaced by the used area
        }
        if (area != null) {
            out.write("<dimension ref=\"" + area.toA1() + "\"/>");
        }
    }

    /** Writes {@code <sheetData>}: the file's rows merged with the engine's ({@code in} on its start tag, or null). */
    private void writeData(XMLStreamReader in, Writer out) throws IOException, XMLStreamException {
        dataWritten = true;
        out.write("<sheetData>");
        StringBuilder row = new StringBuilder(4096);
        int number = -1;
        if (in != null) {
            while (in.nextTag() == XMLStreamConstants.START_ELEMENT) {
                if (!in.getLocalName().equals("row")) {
                    XmlCopier.skip(in);
                    continue;
                }
                String r = in.getAttributeValue(null, "r");
                number = r == null ? number + 1 : Integer.parseInt(r.trim()) - 1;
                while (outputs.nextRow() < number) {
                    newRow(outputs.nextRow(), row, out);
                }
                mergeRow(in, number, row, out);
            }
        }
        while (outputs.nextRow() != Integer.MAX_VALUE) {
            newRow(outputs.nextRow(), row, out);
        }
        out.write("</sheetData>");
    }

    private void newRow(int number, StringBuilder row, Writer out) throws IOException {
        row.setLength(0);
        row.append("<row r=\"").append(number + 1).append("\">");
        List<SheetOutputs.Output> wanted = outputs.take(number);
        cells.planRow(wanted);
        for (int i = 0; i < wanted.size(); i++) {
            cells.at(i);
            cells.create(wanted.get(i), row);
        }
        out.append(row.append("</row>"));
    }

    /** Walks the row's elements and the engine's cells of that row together, both in column order. */
    private void mergeRow(XMLStreamReader in, int number, StringBuilder row, Writer out)
            throws IOException, XMLStreamException {
        List<String> attributes = XmlCopier.attributes(in);
        List<SheetOutputs.Output> wanted = outputs.take(number);
        cells.planRow(wanted);
        StringBuilder body = new StringBuilder();
        int index = 0;
        int column = -1;
        boolean reshaped = false;
        while (in.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (!in.getLocalName().equals("c")) {
                new XmlCopier(body).copySubtree(in);
                continue;
            }
            CellElement xml = CellElement.read(in, true);
            String ref = xml.attribute("r");
            CellAddress address = ref != null ? A1.parseCell(ref) : null;
            column = address != null && address.row() == number ? address.column() : column + 1;
            while (index < wanted.size() && wanted.get(index).cell().column() < column) {
                cells.at(index);
                cells.create(wanted.get(index++), body);
                reshaped = true;
            }
            SheetOutputs.Output here = null;
            if (index < wanted.size() && wanted.get(index).cell().column() == column) {
                cells.at(index);
                here = wanted.get(index++);
            }
            reshaped |= !cells.merge(xml, here, number, column, body);
        }
        for (; index < wanted.size(); index++) {
            cells.at(index);
            cells.create(wanted.get(index), body);
            reshaped = true;
        }
        row.setLength(0);
        row.append("<row r=\"").append(number + 1).append('"');
        XmlCopier copier = new XmlCopier(row);
        for (int i = 0; i < attributes.size(); i += 2) {
            String name = attributes.get(i);
            // spans is an optional hint; a stale one is worse than none
            if (!name.equals("r") && !(reshaped && name.equals("spans"))) {
                copier.attribute(name, attributes.get(i + 1));
            }
        }
        out.append(body.length() == 0 ? row.append("/>") : row.append('>').append(body).append("</row>"));
    }
}
