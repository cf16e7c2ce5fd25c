package org.aibyhand.app;

import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.book.format.CellStyle;
import org.aibyhand.engine.book.format.Font;
import org.aibyhand.engine.book.format.Rgb;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.i18n.Texts;

/**
 * The workbook the app opens with until a lesson is chosen: one neuron, y = ReLU(w . x + b), every number a
 * cell, so editing a weight shows the output move.
 */
final class WelcomeWorkbook {
    private WelcomeWorkbook() {
    }

    static Workbook create() {
        Workbook book = new Workbook();
        Sheet sheet = book.addSheet(Texts.get("welcome.neuron.sheet"));
        CellStyle title = CellStyle.DEFAULT.withFont(new Font("Arial", 16, true, false, false, Rgb.BLACK));
        CellStyle input = CellStyle.DEFAULT.withFill(Rgb.hex("FFF2CC"));
        CellStyle weight = CellStyle.DEFAULT.withFill(Rgb.hex("DDEBF7"));
        CellStyle computed = CellStyle.DEFAULT.withFill(Rgb.hex("E2EFDA"));
        text(sheet, 0, 0, Texts.get("welcome.neuron.title"), title);
        text(sheet, 2, 0, "x", null);
        text(sheet, 2, 1, "w", null);
        double[] x = {1, 2, -1};
        double[] w = {0.5, -0.2, 0.3};
        for (int i = 0; i < x.length; i++) {
            number(sheet, 3 + i, 0, x[i], input);
            number(sheet, 3 + i, 1, w[i], weight);
        }
        text(sheet, 7, 0, "b", null);
        number(sheet, 7, 1, 0.1, weight);
        text(sheet, 9, 0, "z = w · x + b", null);
        formula(sheet, 9, 1, "=SUMPRODUCT(A4:A6,B4:B6)+B8", computed);
        text(sheet, 10, 0, "y = ReLU(z)", null);
        formula(sheet, 10, 1, "=MAX(0,B10)", computed);
        text(sheet, 12, 0, Texts.get("welcome.neuron.hint"), null);
        sheet.format().setColumnWidth(0, 16);
        sheet.format().setRowHeight(0, 24);
        sheet.format().merged().add(org.aibyhand.engine.ref.Area.parse("A1:F1"));
        sheet.format().merged().add(org.aibyhand.engine.ref.Area.parse("A13:F13"));
        return book;
    }

    private static void text(Sheet sheet, int row, int column, String text, CellStyle style) {
        sheet.cellForWrite(row, column).setValue(new TextValue(text));
        if (style != null) {
            sheet.format().setStyle(row, column, style);
        }
    }

    private static void number(Sheet sheet, int row, int column, double value, CellStyle style) {
        sheet.cellForWrite(row, column).setValue(new NumberValue(value));
        sheet.format().setStyle(row, column, style);
    }

    private static void formula(Sheet sheet, int row, int column, String text, CellStyle style) {
        sheet.cellForWrite(row, column).setFormula(Formula.parse(text, row, column, FormulaKind.PLAIN));
        sheet.format().setStyle(row, column, style);
    }
}
