package org.aibyhand.xlsx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.namespace.QName;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.formula.FormulaPrinter;
import org.aibyhand.engine.ref.A1;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.engine.value.EmptyValue;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellFormula;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRow;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheetData;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheetDimension;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellFormulaType;

/**
 * Brings a worksheet's {@code <sheetData>} in line with an engine sheet, touching as little as it can: a
 * constant cell whose value is unchanged keeps its element exactly (shared-string index, rich text); formula
 * cells get their formula and the freshly computed result; cells of a spill or legacy array range other than
 * the anchor get their values without a formula; cells with content that the engine no longer has lose that
 * content but keep their formatting. Everything else in the worksheet (styles, merges, conditional formats,
 * drawings) is left as it was.
 */
final class SheetWriter {
    /** Supplies the {@code cm} value of dynamic arrays; asked only when the sheet has one. */
    interface DynamicMark {
        long get() throws IOException;
    }

    /** One cell to write; {@code computed} marks a non-anchor cell of a spill or array range. */
    private record Output(Cell cell, boolean computed) {
    }

    private static final QName XML_SPACE = new QName("http://www.w3.org/XML/1998/namespace", "space");

    private final Sheet sheet;
    private final String[] sharedStrings;
    private final DynamicMark dynamicMark;
    private final AddedFills fills;

    SheetWriter(Sheet sheet, String[] sharedStrings, DynamicMark dynamicMark, AddedFills fills) {
        this.sheet = sheet;
        this.sharedStrings = sharedStrings;
        this.dynamicMark = dynamicMark;
        this.fills = fills;
    }

    void write(CTWorksheet worksheet) throws IOException {
        TreeMap<Integer, List<Output>> rows = collect();
        CTSheetData data = worksheet.getSheetData() != null ? worksheet.getSheetData() : worksheet.addNewSheetData();
        CTRow[] existing = data.getRowArray();
        var next = rows.entrySet().iterator();
        Map.Entry<Integer, List<Output>> wanted = next.hasNext() ? next.next() : null;
        int position = 0;
        int row = -1;
        for (CTRow xmlRow : existing) {
            row = xmlRow.isSetR() ? (int) xmlRow.getR() - 1 : row + 1;
            xmlRow.setR(row + 1L); // explicit, so rows inserted before it cannot change its meaning
            while (wanted != null && wanted.getKey() < row) {
                fillRow(data.insertNewRow(position++), wanted);
                wanted = next.hasNext() ? next.next() : null;
            }
            if (wanted != null && wanted.getKey() == row) {
                mergeRow(xmlRow, row, wanted.getValue());
                wanted = next.hasNext() ? next.next() : null;
            } else {
                mergeRow(xmlRow, row, List.of());
            }
            position++;
        }
        while (wanted != null) {
            fillRow(data.addNewRow(), wanted);
            wanted = next.hasNext() ? next.next() : null;
        }
        widenDimension(worksheet, rows);
    }

    /** The engine's cells that put something in the file, by row, each row in column order. */
    private TreeMap<Integer, List<Output>> collect() {
        TreeMap<Integer, List<Output>> rows = new TreeMap<>();
        List<Area> legacyRanges = new ArrayList<>();
        for (Cell cell : sheet) {
            Formula formula = cell.formula();
            if (formula != null && formula.kind() == FormulaKind.LEGACY_ARRAY && formula.arrayArea() != null) {
                legacyRanges.add(formula.arrayArea());
            }
            boolean computed = formula == null && (cell.spillAnchor() != null || inside(legacyRanges, cell));
            if (formula == null && cell.value() instanceof EmptyValue) {
                continue; // a blank the calculator keeps for bookkeeping, or a member not computed yet
            }
            rows.computeIfAbsent(cell.row(), r -> new ArrayList<>()).add(new Output(cell, computed));
        }
        return rows;
    }

    private static boolean inside(List<Area> ranges, Cell cell) {
        for (int i = ranges.size() - 1; i >= 0; i--) {
            Area range = ranges.get(i);
            if (range.bottom() < cell.row()) {
                ranges.remove(i); // cells come in reading order: this range is behind us
            } else if (range.contains(cell.row(), cell.column()) && (range.top() != cell.row() || range.left() != cell.column())) {
                return true;
            }
        }
        return false;
    }

    private void fillRow(CTRow xmlRow, Map.Entry<Integer, List<Output>> wanted) throws IOException {
        xmlRow.setR(wanted.getKey() + 1L);
        for (Output output : wanted.getValue()) {
            CTCell xmlCell = xmlRow.addNewC();
            xmlCell.setR(output.cell().address());
            write(xmlCell, output);
            restyle(xmlCell, output.cell().row(), output.cell().column());
        }
    }

    /** Walks the row's elements and the wanted cells together, both in column order. */
    private void mergeRow(CTRow xmlRow, int row, List<Output> outputs) throws IOException {
        CTCell[] cells = xmlRow.getCArray();
        int position = 0;
        int index = 0;
        int column = -1;
        boolean reshaped = false;
        for (CTCell xmlCell : cells) {
            CellAddress address = xmlCell.isSetR() ? A1.parseCell(xmlCell.getR()) : null;
            column = address != null && address.row() == row ? address.column() : column + 1;
            xmlCell.setR(A1.columnName(column) + (row + 1));
            restyle(xmlCell, row, column);
            while (index < outputs.size() && outputs.get(index).cell().column() < column) {
                CTCell created = xmlRow.insertNewC(position++);
                created.setR(outputs.get(index).cell().address());
                write(created, outputs.get(index));
                restyle(created, row, outputs.get(index++).cell().column());
                reshaped = true;
            }
            if (index < outputs.size() && outputs.get(index).cell().column() == column) {
                update(xmlCell, outputs.get(index++));
                position++;
            } else if (hasContent(xmlCell)) {
                clearContent(xmlCell);
                if (!xmlCell.isSetS() || xmlCell.getS() == 0) {
                    xmlRow.removeC(position); // nothing left worth an element
                    reshaped = true;
                } else {
                    position++;
                }
            } else {
                position++;
            }
        }
        for (; index < outputs.size(); index++) {
            CTCell created = xmlRow.addNewC();
            created.setR(outputs.get(index).cell().address());
            write(created, outputs.get(index));
            restyle(created, row, outputs.get(index).cell().column());
            reshaped = true;
        }
        if (reshaped && xmlRow.isSetSpans()) {
            xmlRow.unsetSpans(); // an optional hint; a stale one is worse than none
        }
    }

    /** Gives the element the format of the cell's style, where the program changed its fill. */
    private void restyle(CTCell xmlCell, int row, int column) throws IOException {
        long index = xmlCell.isSetS() ? xmlCell.getS() : 0;
        long wanted = fills.formatFor(index, sheet.format().style(row, column));
        if (wanted != index) {
            xmlCell.setS(wanted);
        }
    }

    private void update(CTCell xmlCell, Output output) throws IOException {
        Cell cell = output.cell();
        // A what-if data table's cells are constants to the engine; keeping the element keeps the table.
        boolean keepable = !xmlCell.isSetF() || xmlCell.getF().getT() == STCellFormulaType.DATA_TABLE;
        if (!cell.hasFormula() && !output.computed() && keepable) {
            try {
                if (cell.value().equals(CellXml.value(xmlCell, sharedStrings))) {
                    return; // the same constant: keep the element as it is
                }
            } catch (IllegalArgumentException unreadable) {
                // rewritten below
            }
        }
        clearContent(xmlCell);
        write(xmlCell, output);
    }

    private void write(CTCell xmlCell, Output output) throws IOException {
        Cell cell = output.cell();
        if (cell.hasFormula()) {
            writeFormula(xmlCell, cell);
        }
        CachedValue cached = CachedValue.of(cell.value(), cell.hasFormula());
        if (cached == null) {
            return;
        }
        if (cached.type() != null) {
            xmlCell.setT(cached.type());
        }
        if (cached.inline()) {
            xmlCell.addNewIs().setT(cached.text());
            if (!cached.text().equals(cached.text().strip()) || cached.text().indexOf('\n') >= 0) {
                try (XmlCursor cursor = xmlCell.getIs().xgetT().newCursor()) {
                    cursor.toNextToken();
                    cursor.insertAttributeWithValue(XML_SPACE, "preserve"); // or Excel trims the spaces
                }
            }
        } else {
            xmlCell.setV(cached.text());
        }
    }

    private void writeFormula(CTCell xmlCell, Cell cell) throws IOException {
        Formula formula = cell.formula();
        String text = formula.sourceText() != null ? formula.sourceText()
                : FormulaPrinter.print(formula.expr(), cell.row(), cell.column(), FormulaPrinter.Style.STORAGE);
        CTCellFormula f = xmlCell.addNewF();
        f.setStringValue(text);
        if (formula.kind() == FormulaKind.LEGACY_ARRAY) {
            f.setT(STCellFormulaType.ARRAY);
            f.setRef(anchoredAt(formula.arrayArea(), cell).toA1());
        } else if (formula.kind() == FormulaKind.DYNAMIC_ARRAY) {
            f.setT(STCellFormulaType.ARRAY);
            f.setRef(anchoredAt(cell.spillArea(), cell).toA1());
            xmlCell.setCm(dynamicMark.get());
        }
    }

    /** The range if it starts at the cell (as the file format requires), else the cell alone. */
    private static Area anchoredAt(Area range, Cell cell) {
        return range != null && range.top() == cell.row() && range.left() == cell.column()
                ? range : new Area(cell.row(), cell.column(), cell.row(), cell.column());
    }

    private static boolean hasContent(CTCell xmlCell) {
        return xmlCell.isSetF() || xmlCell.isSetV() || xmlCell.isSetIs();
    }

    /** Removes value, formula and their metadata; the style ({@code s}) stays. */
    private static void clearContent(CTCell xmlCell) {
        if (xmlCell.isSetF()) {
            xmlCell.unsetF();
        }
        if (xmlCell.isSetV()) {
            xmlCell.unsetV();
        }
        if (xmlCell.isSetIs()) {
            xmlCell.unsetIs();
        }
        if (xmlCell.isSetT()) {
            xmlCell.unsetT();
        }
        if (xmlCell.isSetCm()) {
            xmlCell.unsetCm();
        }
        if (xmlCell.isSetVm()) {
            xmlCell.unsetVm(); // value metadata describes the old value
        }
    }

    /** Grows {@code <dimension>} to cover every cell written; it is a hint readers use to size the sheet. */
    private static void widenDimension(CTWorksheet worksheet, TreeMap<Integer, List<Output>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int left = Integer.MAX_VALUE;
        int right = 0;
        for (List<Output> row : rows.values()) {
            left = Math.min(left, row.get(0).cell().column());
            right = Math.max(right, row.get(row.size() - 1).cell().column());
        }
        Area used = new Area(rows.firstKey(), left, rows.lastKey(), right);
        CTSheetDimension dimension = worksheet.getDimension() != null ? worksheet.getDimension() : worksheet.addNewDimension();
        try {
            Area old = Area.parse(dimension.getRef());
            used = new Area(Math.min(old.top(), used.top()), Math.min(old.left(), used.left()),
                    Math.max(old.bottom(), used.bottom()), Math.max(old.right(), used.right()));
        } catch (RuntimeException missingOrBad) {
            // replaced below
        }
        dimension.setRef(used.toA1());
    }
}
