package org.aibyhand.lesson;

import java.util.EnumSet;
import java.util.Set;
import org.aibyhand.engine.book.DefinedName;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.book.format.Border;
import org.aibyhand.engine.book.format.Borders;
import org.aibyhand.engine.book.format.CellStyle;
import org.aibyhand.engine.book.format.Font;
import org.aibyhand.engine.book.format.Rgb;
import org.aibyhand.engine.formula.FormulaParser;
import org.aibyhand.engine.formula.FormulaSyntaxException;
import org.aibyhand.engine.formula.SheetNames;
import org.aibyhand.engine.ref.A1;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.i18n.Texts;

/**
 * Lays out a lesson on one sheet in the spirit of the AI-by-Hand exercises: a title, labelled blocks coloured
 * by role (each also a workbook-level defined name), equations written beside them, and a legend of the roles.
 * Formulas are plain (no array formulas), so Excel 2016+ and LibreOffice compute them as they are.
 */
public final class LessonSheet {
    private static final Border THIN = new Border(Border.Line.THIN, Rgb.hex("7F7F7F"));
    private static final Borders BOXED = new Borders(THIN, THIN, THIN, THIN);

    private final Workbook book;
    private final Sheet sheet;
    private final Set<Role> rolesUsed = EnumSet.noneOf(Role.class);
    private final Font font = new Font("Arial", 10, false, false, false, Rgb.BLACK);

    public LessonSheet(String sheetName) {
        this.book = new Workbook();
        this.sheet = book.addSheet(sheetName);
        sheet.format().setDefaultStyle(CellStyle.DEFAULT.withFont(font));
        sheet.format().setDefaultColumnWidth(8);
    }

    public Workbook workbook() {
        return book;
    }

    public Sheet sheet() {
        return sheet;
    }

    /** The title across the top row, large and bold. */
    public void title(String text, int width) {
        text(0, 0, text, CellStyle.DEFAULT.withFont(new Font("Arial", 18, true, false, false, Rgb.BLACK)));
        sheet.format().setRowHeight(0, 30);
        sheet.format().merged().add(new Area(0, 0, 0, Math.max(1, width - 1)));
    }

    /**
     * A block of {@code rows x columns} cells at (row, column) with its label above it; it becomes the defined
     * name {@code name} and is filled with its role's colour. A null {@code name} makes a block that is shown
     * and coloured but not named, for the many per-step blocks of a long recurrence.
     */
    public Block block(String name, String label, int row, int column, int rows, int columns, Role role) {
        Area area = new Area(row, column, row + rows - 1, column + columns - 1);
        Block block = new Block(name, area, role);
        rolesUsed.add(role);
        CellStyle style = CellStyle.DEFAULT.withFont(font).withFill(role.fill()).withBorders(BOXED)
                .withHorizontal(CellStyle.Horizontal.CENTER);
        for (int r = area.top(); r <= area.bottom(); r++) {
            for (int c = area.left(); c <= area.right(); c++) {
                sheet.format().setStyle(r, c, style);
            }
        }
        if (row > 0 && label != null) {
            text(row - 1, column, label, CellStyle.DEFAULT.withFont(font.withBold(true)));
        }
        if (name == null) {
            return block;
        }
        String reference = SheetNames.quoteIfNeeded(sheet.name()) + "!$" + A1.columnName(area.left()) + "$" + (area.top() + 1)
                + ":$" + A1.columnName(area.right()) + "$" + (area.bottom() + 1);
        try {
            book.defineName(new DefinedName(name, null, reference, FormulaParser.parse(reference, 0, 0), false));
        } catch (FormulaSyntaxException impossible) {
            throw new IllegalStateException(reference, impossible);
        }
        return block;
    }

    public void constant(Block block, int i, int j, double value) {
        sheet.cellForWrite(block.row(i), block.column(j)).setValue(new NumberValue(value));
    }

    /** A formula (A1 text with or without '=') in element (i, j) of a block. */
    public void formula(Block block, int i, int j, String text) {
        formula(block.row(i), block.column(j), text);
    }

    public void formula(int row, int column, String text) {
        sheet.cellForWrite(row, column).setFormula(parsed(text, row, column));
    }

    /**
     * One formula filled over an area, as a spreadsheet's fill down and right: {@code text} is written for the
     * top-left cell, and every cell holds the same tree, whose relative references move with it ($ pins them).
     * It is parsed once, so a large block costs one parse and its cells share one tree in memory.
     */
    public void fill(Area area, String text) {
        Formula shared = Formula.of(parsed(text, area.top(), area.left()).expr(), FormulaKind.PLAIN);
        for (int r = area.top(); r <= area.bottom(); r++) {
            for (int c = area.left(); c <= area.right(); c++) {
                sheet.cellForWrite(r, c).setFormula(shared);
            }
        }
    }

    private static Formula parsed(String text, int row, int column) {
        Formula formula = Formula.parse(text, row, column, FormulaKind.PLAIN);
        if (!formula.isParsed()) {
            throw new IllegalArgumentException("lesson formula does not parse: " + text + ": " + formula.problem());
        }
        return formula;
    }

    /** Ordinary text, such as a row label or "t = 1" above a column. */
    public void label(int row, int column, String text) {
        text(row, column, text, null);
    }

    /** The equation a block computes, in italics beside it. */
    public void equation(int row, int column, String text) {
        text(row, column, text, CellStyle.DEFAULT.withFont(new Font("Arial", 10, false, true, false, Rgb.hex("404040"))));
    }

    /** The legend of the roles used so far, one row each, from (row, column) down. */
    public int legend(int row, int column) {
        text(row, column, Texts.get("lesson.legend"), CellStyle.DEFAULT.withFont(font.withBold(true)));
        int r = row + 1;
        for (Role role : rolesUsed) {
            sheet.format().setStyle(r, column, CellStyle.DEFAULT.withFont(font).withFill(role.fill()).withBorders(BOXED));
            text(r, column + 1, role.label(), null);
            r++;
        }
        return r;
    }

    public void columnWidth(int column, double width) {
        sheet.format().setColumnWidth(column, width);
    }

    private void text(int row, int column, String text, CellStyle style) {
        sheet.cellForWrite(row, column).setValue(new TextValue(text));
        if (style != null) {
            sheet.format().setStyle(row, column, style);
        }
    }
}
