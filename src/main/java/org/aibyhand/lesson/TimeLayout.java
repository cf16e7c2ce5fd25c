package org.aibyhand.lesson;

import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.ref.SheetLimits;
import org.aibyhand.engine.value.NumberValue;

/**
 * A lesson sheet addressed as the lesson draws it: (row, column) with time steps or samples running along the
 * columns. A worksheet has only 16,384 columns, so a sequence longer than that is drawn transposed: time runs
 * down the rows and every block, label and equation goes to the mirrored cell. A lesson writes its layout and
 * its formulas once, in these coordinates, and gets a workbook either way.
 */
public final class TimeLayout {
    /** Excel's limit on the length of a formula's text. */
    static final int MAX_FORMULA_LENGTH = 8192;

    private final LessonSheet sheet;
    private final boolean transposed;

    public TimeLayout(LessonSheet sheet, boolean transposed) {
        this.sheet = sheet;
        this.transposed = transposed;
    }

    /** Whether a layout {@code columns} wide fits across a worksheet, so it need not be transposed. */
    public static boolean fitsAcross(int columns) {
        return columns <= SheetLimits.COLUMNS;
    }

    public boolean transposed() {
        return transposed;
    }

    public LessonSheet sheet() {
        return sheet;
    }

    /** A named block of {@code rows x columns} elements with its top-left element at (row, column). */
    public Tensor block(String name, int row, int column, int rows, int columns, Role role) {
        Block block = transposed ? sheet.block(name, null, column, row, columns, rows, role)
                : sheet.block(name, null, row, column, rows, columns, role);
        return new Tensor(block, transposed);
    }

    public void label(int row, int column, String text) {
        if (transposed) {
            sheet.label(column, row, text);
        } else {
            sheet.label(row, column, text);
        }
    }

    public void equation(int row, int column, String text) {
        if (transposed) {
            sheet.equation(column, row, text);
        } else {
            sheet.equation(row, column, text);
        }
    }

    /** The legend of roles from (row, column); drawn down the sheet across, or across it when transposed. */
    public void legend(int row, int column) {
        if (transposed) {
            sheet.legend(column, row);
        } else {
            sheet.legend(row, column);
        }
    }

    /** A column's width; a transposed sheet keeps its default widths, since its columns are the lesson's rows. */
    public void columnWidth(int column, double width) {
        if (!transposed) {
            sheet.columnWidth(column, width);
        }
    }

    public void constant(Tensor tensor, int i, int j, double value) {
        sheet.sheet().cellForWrite(tensor.sheetRow(i, j), tensor.sheetColumn(i, j)).setValue(new NumberValue(value));
    }

    /** A formula in element (i, j), written for that cell. */
    public void formula(Tensor tensor, int i, int j, String text) {
        checkLength(text);
        sheet.formula(tensor.sheetRow(i, j), tensor.sheetColumn(i, j), text);
    }

    /**
     * Row i of a tensor, elements {@code from..to}, filled with one formula as Excel's fill does: {@code text}
     * is written for element (i, from), and every other element gets the same formula moved along with it
     * (absolute references stay, relative ones follow). The formula is parsed once and its tree shared, which
     * keeps building a long sequence linear and light.
     */
    public void fill(Tensor tensor, int i, int from, int to, String text) {
        checkLength(text);
        Formula first = Formula.parse(text, tensor.sheetRow(i, from), tensor.sheetColumn(i, from), FormulaKind.PLAIN);
        if (!first.isParsed()) {
            throw new IllegalArgumentException("lesson formula does not parse: " + text + ": " + first.problem());
        }
        // Without its source text the formula is printed from the tree relative to each cell that holds it.
        Formula moved = Formula.of(first.expr(), FormulaKind.PLAIN);
        for (int j = from; j <= to; j++) {
            sheet.sheet().cellForWrite(tensor.sheetRow(i, j), tensor.sheetColumn(i, j)).setFormula(j == from ? first : moved);
        }
    }

    private static void checkLength(String text) {
        if (text.length() > MAX_FORMULA_LENGTH) {
            throw new IllegalArgumentException("a formula of " + text.length() + " characters is longer than the "
                    + MAX_FORMULA_LENGTH + " a spreadsheet accepts; choose smaller sizes");
        }
    }
}
