package org.aibyhand.xlsx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.format.RichText;
import org.aibyhand.engine.formula.Expr;
import org.aibyhand.engine.formula.FormulaParser;
import org.aibyhand.engine.formula.FormulaSyntaxException;
import org.aibyhand.engine.ref.A1;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.engine.ref.SheetLimits;
import org.aibyhand.engine.value.Value;

/**
 * Fills an engine sheet from a worksheet's {@code <sheetData>}: constants and the four kinds of formula
 * (plain, shared, legacy array, dynamic array). Cached results of formulas and the other cells of array and
 * spill ranges are not loaded: they are computed, and the calculator recomputes them.
 */
final class SheetReader {
    private final Sheet sheet;
    private final String[] sharedStrings;
    /** The runs of the shared strings with rich text, by index. */
    private Map<Integer, RichText> richStrings = Map.of();
    private boolean cachedResults;
    private final Set<Long> dynamicMarks;
    private final FormulaReader formulas;
    /** The formula every child of a shared group gets, by the group's {@code si}. */
    private final Map<Long, Formula> sharedGroups = new HashMap<>();
    private final List<Orphan> orphans = new ArrayList<>();
    /** Array and spill ranges of more than one cell, whose non-anchor cells hold computed values. */
    private final List<Area> arrayRanges = new ArrayList<>();

    /** A shared-formula child met before its master (the standard does not promise the master comes first). */
    private record Orphan(long si, Cell cell) {
    }

    SheetReader(Sheet sheet, SharedStrings.Table strings, Set<Long> dynamicMarks, FormulaReader formulas) {
        this(sheet, strings.texts(), dynamicMarks, formulas);
        this.richStrings = strings.rich();
    }

    SheetReader(Sheet sheet, String[] sharedStrings, Set<Long> dynamicMarks, FormulaReader formulas) {
        this.sheet = sheet;
        this.sharedStrings = sharedStrings;
        this.dynamicMarks = dynamicMarks;
        this.formulas = formulas;
    }

    /**
     * Reads the {@code <sheetData>} element the reader is on, up to its end tag, handing each row's and cell's
     * formatting attributes to {@code formats}.
     */
    void read(XMLStreamReader in, SheetFormatReader.RowsAndCells formats)
            throws XMLStreamException, IOException, WorkbookFormatException {
        int row = -1;
        while (in.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (!in.getLocalName().equals("row")) {
                XmlCopier.skip(in); // nothing else belongs in sheetData
                continue;
            }
            // r may be left out; it then means "the next row" (and "the next column" for cells).
            String r = in.getAttributeValue(null, "r");
            row = r == null ? row + 1 : rowIndex(r);
            if (row >= SheetLimits.ROWS) {
                throw problem("holds a row beyond the last row of a sheet");
            }
            formats.row(row, in);
            int column = -1;
            while (in.nextTag() == XMLStreamConstants.START_ELEMENT) {
                if (!in.getLocalName().equals("c")) {
                    XmlCopier.skip(in);
                    continue;
                }
                CellElement xmlCell = CellElement.read(in, false);
                String ref = xmlCell.attribute("r");
                CellAddress address = ref != null ? A1.parseCell(ref) : at(row, column + 1);
                if (address == null) {
                    throw problem("holds a cell with the bad address '" + ref + "'");
                }
                column = address.column();
                formats.cell(address.row(), column, xmlCell.attribute("s"));
                read(xmlCell, address.row(), column);
            }
        }
        for (Orphan orphan : orphans) {
            Formula shared = sharedGroups.get(orphan.si());
            if (shared == null) {
                throw problem("has a shared formula at " + orphan.cell().address() + " whose master formula is missing");
            }
            orphan.cell().setFormula(shared);
        }
    }

    private int rowIndex(String r) throws WorkbookFormatException {
        try {
            long number = Long.parseLong(r.trim());
            if (number < 1 || number > SheetLimits.ROWS) {
                throw problem("holds row " + r + ", outside the sheet's 1 to " + SheetLimits.ROWS);
            }
            return (int) number - 1;
        } catch (NumberFormatException e) {
            throw problem("holds a row with the bad number '" + r + "'");
        }
    }

    private CellAddress at(int row, int column) throws WorkbookFormatException {
        try {
            return new CellAddress(row, column);
        } catch (IllegalArgumentException e) {
            throw problem("holds a cell outside the sheet");
        }
    }

    private void read(CellElement xmlCell, int row, int column) throws WorkbookFormatException {
        CellElement.FormulaElement f = xmlCell.formula();
        String type = f == null ? null : f.type() == null ? "normal" : f.type();
        boolean isFormula = "shared".equals(type) || "array".equals(type)
                || ("normal".equals(type) && !f.text().isBlank());
        if (isFormula) {
            Cell cell = sheet.cellForWrite(row, column);
            readFormula(xmlCell, f, type, cell);
            if (cachedResults) {
                showCached(xmlCell, cell);
            }
            return;
        }
        // A what-if data table (t="dataTable") has no formula text the engine could compute: its cached
        // values are kept as constants, like the cells around it.
        if (insideArray(row, column)) {
            return;
        }
        Value value;
        try {
            value = CellXml.value(xmlCell, sharedStrings);
        } catch (IllegalArgumentException e) {
            throw problem("has a bad value in cell " + A1.columnName(column) + (row + 1) + ": " + e.getMessage());
        }
        if (value != null) {
            sheet.cellForWrite(row, column).setValue(value);
            if (!richStrings.isEmpty() && xmlCell.type().equals("s")) {
                RichText rich = richStrings.get(CellXml.parseIndex(xmlCell.v()));
                if (rich != null) {
                    sheet.format().setRichText(row, column, rich);
                }
            }
        }
    }

    /** Whether formula cells keep the results the file cached (see {@link XlsxReader#read(java.nio.file.Path, boolean)}). */
    void keepCachedResults(boolean keep) {
        cachedResults = keep;
    }

    /** A formula cell holds the result the file cached; an unreadable one is left empty, to be computed anew. */
    private void showCached(CellElement xmlCell, Cell cell) {
        try {
            Value cached = CellXml.value(xmlCell, sharedStrings);
            if (cached != null) {
                cell.setValue(cached);
            }
        } catch (IllegalArgumentException unreadable) {
            // left empty until computed
        }
    }

    private void readFormula(CellElement xmlCell, CellElement.FormulaElement f, String type, Cell cell)
            throws WorkbookFormatException {
        String text = f.text();
        if (type.equals("shared")) {
            long si = number(f.si(), "shared formula index", cell);
            if (!text.isBlank()) {
                Formula master = formulas.read(text, cell.row(), cell.column(), FormulaKind.PLAIN, null);
                cell.setFormula(master);
                sharedGroups.put(si, forChildren(master, cell));
            } else if (sharedGroups.containsKey(si)) {
                cell.setFormula(sharedGroups.get(si));
            } else {
                orphans.add(new Orphan(si, cell));
            }
            return;
        }
        if (type.equals("array")) {
            Area range = f.ref() != null ? range(f.ref(), cell) : Area.of(new CellAddress(cell.row(), cell.column()));
            String cm = xmlCell.attribute("cm");
            boolean dynamic = cm != null && dynamicMarks.contains(number(cm, "cell metadata index", cell));
            if (dynamic) {
                cell.setFormula(formulas.read(text, cell.row(), cell.column(), FormulaKind.DYNAMIC_ARRAY, null));
                cell.setSpillArea(range); // where it spilled when last calculated: a hint for the calculator
            } else {
                cell.setFormula(formulas.read(text, cell.row(), cell.column(), FormulaKind.LEGACY_ARRAY, range));
            }
            if (range.cellCount() > 1) {
                arrayRanges.add(range);
            }
            return;
        }
        cell.setFormula(formulas.read(text, cell.row(), cell.column(), FormulaKind.PLAIN, null));
    }

    /**
     * The one formula all children of a shared group hold: the master's tree, whose references are relative
     * to the cell holding it, so it is right for every child unchanged. The text is left out (the children's
     * text is printed from the tree when saved), except when the master could not be read: then its text is
     * all there is.
     */
    private static Formula forChildren(Formula master, Cell masterCell) {
        if (master.isParsed()) {
            return new Formula(master.expr(), null, FormulaKind.PLAIN, null, null);
        }
        return new Formula(null, master.sourceText(), FormulaKind.PLAIN, null,
                "copy of the shared formula in " + masterCell.address() + ", which could not be read: " + master.problem());
    }

    private Area range(String ref, Cell anchor) throws WorkbookFormatException {
        try {
            Area range = Area.parse(ref);
            if (range.top() != anchor.row() || range.left() != anchor.column()) {
                throw problem("has an array formula in " + anchor.address() + " whose range " + ref + " does not start there");
            }
            return range;
        } catch (IllegalArgumentException e) {
            throw problem("has an array formula in " + anchor.address() + " with the bad range '" + ref + "'");
        }
    }

    /** True for a non-anchor cell of an array or spill range seen so far (anchors come first in reading order). */
    private boolean insideArray(int row, int column) {
        for (int i = arrayRanges.size() - 1; i >= 0; i--) {
            Area range = arrayRanges.get(i);
            if (range.bottom() < row) {
                arrayRanges.remove(i); // rows come in order: this range is behind us for good
            } else if (range.contains(row, column)) {
                return true;
            }
        }
        return false;
    }

    private long number(String text, String what, Cell cell) throws WorkbookFormatException {
        try {
            return Long.parseLong(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            throw problem("has a formula in " + cell.address() + " with the bad " + what + " '" + text + "'");
        }
    }

    private WorkbookFormatException problem(String what) {
        return new WorkbookFormatException("The workbook is damaged: sheet '" + sheet.name() + "' " + what + ".");
    }

    /** Parses formula text into the engine's tree, sharing identical trees across the whole workbook. */
    static final class FormulaReader {
        private final Map<Expr, Expr> trees = new HashMap<>();

        Formula read(String text, int row, int column, FormulaKind kind, Area arrayArea) {
            try {
                Expr expr = FormulaParser.parse(text, row, column);
                return new Formula(trees.computeIfAbsent(expr, e -> e), text, kind, arrayArea, null);
            } catch (FormulaSyntaxException e) {
                return new Formula(null, text, kind, arrayArea, e.getMessage());
            } catch (RuntimeException e) {
                return new Formula(null, text, kind, arrayArea, "the formula could not be read (" + e.getMessage() + ")");
            }
        }

        Expr readName(String text) {
            try {
                return trees.computeIfAbsent(FormulaParser.parse(text, 0, 0), e -> e);
            } catch (FormulaSyntaxException | RuntimeException e) {
                return null;
            }
        }
    }
}
