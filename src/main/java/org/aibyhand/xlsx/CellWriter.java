package org.aibyhand.xlsx;

import java.io.IOException;
import java.util.List;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.format.CellStyle;
import org.aibyhand.engine.formula.FormulaPrinter;
import org.aibyhand.engine.ref.A1;
import org.aibyhand.engine.ref.Area;

/**
 * Writes one {@code <c>} element as XML text, merging what the file had with what the engine has: a constant
 * whose value is unchanged keeps its element (shared-string index, rich text); formula cells get their formula
 * and fresh result; a cell the engine no longer fills loses its content but keeps its style. Every element gets
 * an explicit address, and the style the program's fills call for ({@link AddedFills}).
 */
final class CellWriter {
    /** Supplies the {@code cm} value of dynamic arrays; asked only when the sheet has one. */
    interface DynamicMark {
        long get() throws IOException;
    }

    /** Attributes that describe the content, dropped with it. */
    private static final List<String> CONTENT_ATTRIBUTES = List.of("t", "cm", "vm");

    private final Sheet sheet;
    private final String[] sharedStrings;
    private final DynamicMark dynamicMark;
    private final AddedFills fills;
    private final SharedFormulas shared;
    /** The position in the planned row of the cell being written, or -1 for a cell outside the plan. */
    private int sharedIndex = -1;
    private long lastIndex = -1;
    private CellStyle lastStyle;
    private long lastFormat;

    CellWriter(Sheet sheet, String[] sharedStrings, DynamicMark dynamicMark, AddedFills fills) {
        this.sheet = sheet;
        this.sharedStrings = sharedStrings;
        this.dynamicMark = dynamicMark;
        this.fills = fills;
        this.shared = new SharedFormulas(sheet);
    }

    /** Plans the shared formulas of the engine's cells of one row (see {@link SharedFormulas}). */
    void planRow(List<SheetOutputs.Output> row) {
        shared.plan(row);
    }

    /** The next cell written is the {@code index}-th of the row planned. */
    void at(int index) {
        sharedIndex = index;
    }

    /**
     * Writes the file's element merged with the engine's cell there ({@code output} null when the engine has
     * none); returns false when nothing worth an element is left, and then writes nothing.
     */
    boolean merge(CellElement xml, SheetOutputs.Output output, int row, int column, StringBuilder out) throws IOException {
        if (output != null) {
            Cell cell = output.cell();
            // A what-if data table's cells are constants to the engine; keeping the element keeps the table.
            boolean keepable = xml.formula() == null || "dataTable".equals(xml.formula().type());
            if (!cell.hasFormula() && !output.computed() && keepable && sameValue(cell, xml)) {
                start(xml, row, column, false, out);
                closeWith(xml, false, out);
                return true;
            }
            start(xml, row, column, true, out);
            content(output, out);
            closeWith(xml, true, out);
            return true;
        }
        if (!xml.hasContent()) {
            start(xml, row, column, false, out);
            closeWith(xml, false, out);
            return true;
        }
        String style = xml.attribute("s");
        if (style == null || style.equals("0")) {
            return false;
        }
        start(xml, row, column, true, out);
        closeWith(xml, true, out);
        return true;
    }

    /** Writes a new element for a cell the file did not have. */
    void create(SheetOutputs.Output output, StringBuilder out) throws IOException {
        Cell cell = output.cell();
        out.append("<c r=\"").append(A1.columnName(cell.column())).append(cell.row() + 1).append('"');
        style(0, cell.row(), cell.column(), out);
        content(output, out);
        out.append("</c>");
    }

    private boolean sameValue(Cell cell, CellElement xml) {
        try {
            return cell.value().equals(CellXml.value(xml, sharedStrings));
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    /** The start tag without its {@code >}: address, style, the other attributes (less content ones if asked). */
    private void start(CellElement xml, int row, int column, boolean dropContent, StringBuilder out) throws IOException {
        out.append("<c r=\"").append(A1.columnName(column)).append(row + 1).append('"');
        String style = xml.attribute("s");
        long index;
        try {
            index = style == null ? 0 : Long.parseLong(style.trim());
        } catch (NumberFormatException bad) {
            index = 0;
        }
        style(index, row, column, out);
        XmlCopier copier = new XmlCopier(out);
        List<String> attributes = xml.attributes();
        for (int i = 0; i < attributes.size(); i += 2) {
            String name = attributes.get(i);
            if (!name.equals("r") && !name.equals("s") && !(dropContent && CONTENT_ATTRIBUTES.contains(name))) {
                copier.attribute(name, attributes.get(i + 1));
            }
        }
    }

    private void style(long index, int row, int column, StringBuilder out) throws IOException {
        CellStyle style = sheet.format().style(row, column);
        if (index != lastIndex || style != lastStyle) { // neighbours mostly share both: ask once per run of them
            lastIndex = index;
            lastStyle = style;
            lastFormat = fills.formatFor(index, style);
        }
        long wanted = lastFormat;
        if (wanted != 0) {
            out.append(" s=\"").append(wanted).append('"');
        }
    }

    /** Closes the start tag left open by {@link #start} or {@link #content}, with the element's other children. */
    private static void closeWith(CellElement xml, boolean onlyOthers, StringBuilder out) {
        int mark = out.length();
        boolean open = out.charAt(out.length() - 1) != '>';
        if (open) {
            out.append('>');
        }
        for (CellElement.Child child : xml.children()) {
            if (!onlyOthers || child.kind() == CellElement.Kind.OTHER) {
                out.append(child.xml());
            }
        }
        if (open && out.length() == mark + 1) {
            out.setLength(mark);
            out.append("/>");
        } else {
            out.append("</c>");
        }
    }

    /** The type attribute, {@code >}, the formula and the cached value; leaves the element open. */
    private void content(SheetOutputs.Output output, StringBuilder out) throws IOException {
        Cell cell = output.cell();
        CachedValue cached = CachedValue.of(cell.value(), cell.hasFormula());
        Formula formula = cell.formula();
        if (cached != null && cached.type() != null) {
            out.append(" t=\"").append(cached.type()).append('"');
        }
        if (formula != null && formula.kind() == FormulaKind.DYNAMIC_ARRAY) {
            out.append(" cm=\"").append(dynamicMark.get()).append('"');
        }
        out.append('>');
        if (formula != null) {
            String sharedTag = sharedIndex < 0 ? null : shared.startTag(sharedIndex);
            if (sharedTag == null) {
                formula(cell, formula, out);
            } else {
                out.append(sharedTag);
                if (shared.isMaster(sharedIndex)) {
                    XmlCopier.escape(text(cell, formula), false, out);
                    out.append("</f>");
                }
            }
        }
        if (cached == null) {
            return;
        }
        String text = ExcelEscapes.encode(cached.text());
        if (cached.inline()) {
            boolean preserve = !text.equals(text.strip()) || text.indexOf('\n') >= 0;
            out.append(preserve ? "<is><t xml:space=\"preserve\">" : "<is><t>");
            XmlCopier.escape(text, false, out);
            out.append("</t></is>");
        } else {
            out.append("<v>");
            XmlCopier.escape(text, false, out);
            out.append("</v>");
        }
    }

    private static String text(Cell cell, Formula formula) {
        return formula.sourceText() != null ? formula.sourceText()
                : FormulaPrinter.print(formula.expr(), cell.row(), cell.column(), FormulaPrinter.Style.STORAGE);
    }

    private static void formula(Cell cell, Formula formula, StringBuilder out) throws IOException {
        String text = text(cell, formula);
        Area range = formula.kind() == FormulaKind.LEGACY_ARRAY ? formula.arrayArea()
                : formula.kind() == FormulaKind.DYNAMIC_ARRAY ? cell.spillArea() : null;
        if (formula.kind() == FormulaKind.PLAIN) {
            out.append("<f>");
        } else {
            out.append("<f t=\"array\" ref=\"").append(anchoredAt(range, cell).toA1()).append("\">");
        }
        XmlCopier.escape(text, false, out);
        out.append("</f>");
    }

    /** The range if it starts at the cell (as the file format requires), else the cell alone. */
    private static Area anchoredAt(Area range, Cell cell) {
        return range != null && range.top() == cell.row() && range.left() == cell.column()
                ? range : new Area(cell.row(), cell.column(), cell.row(), cell.column());
    }
}
