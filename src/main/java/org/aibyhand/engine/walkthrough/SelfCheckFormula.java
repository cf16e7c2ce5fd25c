package org.aibyhand.engine.walkthrough;

import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.formula.FormulaPrinter;
import org.aibyhand.engine.ref.Area;

/**
 * The text of a self-check cell, in the style of the AI-by-Hand exercise workbooks
 * ({@code IF(ISBLANK(E9)=TRUE,"NOT DONE",IF(B5=E9,"CORRECT","INCORRECT"))}) but with a tolerance: CORRECT when
 * {@code |answer - expected| <= tolerance * max(1, |expected|)}. The expected value is the blanked cell's own
 * formula (so it is computed from the student's upstream answers) or a number. Only functions that Excel 2010
 * and LibreOffice 7.4 both compute are used; an answer that is not a number, or an expected value that is an
 * error, counts as INCORRECT.
 */
final class SelfCheckFormula {
    /** Excel refuses formulas longer than this. */
    static final int MAX_LENGTH = 8192;

    private SelfCheckFormula() {
    }

    /**
     * The original formula of {@code cell} as A1 text in file form. A1 text names the cells themselves, so parsed
     * at another cell it still reads the same ones.
     */
    static String expectedFormula(Cell cell) {
        return FormulaPrinter.print(cell.formula().expr(), cell.row(), cell.column(), FormulaPrinter.Style.STORAGE);
    }

    static String expectedNumber(double value) {
        return FormulaPrinter.numberText(value);
    }

    /** The check of the answer in {@code answer} (A1, same sheet) against {@code expected} (formula text). */
    static String text(String answer, String expected, double tolerance, SelfCheckWords words) {
        String incorrect = SelfCheckWords.quoted(words.incorrect());
        return "IF(ISBLANK(" + answer + ")," + SelfCheckWords.quoted(words.notDone()) + ",IFERROR(IF(ABS(" + answer
                + "-(" + expected + "))<=" + FormulaPrinter.numberText(tolerance) + "*MAX(1,ABS(" + expected + ")),"
                + SelfCheckWords.quoted(words.correct()) + "," + incorrect + ")," + incorrect + "))";
    }

    /**
     * The formula {@code text} placed in the cell (row, column), entered the way the original was: a plain
     * formula, or an array formula of one cell, so that ranges inside it are read the same way (element by element
     * in an array formula, by implicit intersection in a plain one).
     */
    static Formula at(String text, int row, int column, FormulaKind kind) {
        Formula parsed = Formula.parse(text, row, column, kind);
        if (kind != FormulaKind.LEGACY_ARRAY) {
            return parsed;
        }
        return new Formula(parsed.expr(), parsed.sourceText(), kind, new Area(row, column, row, column), parsed.problem());
    }
}
